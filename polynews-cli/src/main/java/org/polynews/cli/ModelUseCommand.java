package org.polynews.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "use", mixinStandardHelpOptions = true,
        description = {"Use an added model for comparison, clustering and search (stored articles are embedded with it the next",
                "time the store is opened, with progress), or --none to go back to the model-free engine."})
final class ModelUseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", arity = "0..1")
    String name;

    @Option(names = "--none", description = "Stop using any model.")
    boolean none;

    @Mixin
    DataFolderOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (none == (name != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a model NAME or --none");
        }
        ModelsCommand.store(data.data).use(none ? null : name);
        spec.commandLine().getOut().println(none ? "using no model: the model-free engine" : "using " + name);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
