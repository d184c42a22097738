package org.polynews.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Delete an added model. If it was in use, polynews goes back to the model-free engine.")
final class ModelRemoveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Mixin
    DataFolderOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelsCommand.store(data.data).remove(name);
        spec.commandLine().getOut().println("removed " + name);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
