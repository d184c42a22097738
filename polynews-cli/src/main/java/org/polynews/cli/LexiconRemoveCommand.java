package org.polynews.cli;

import org.polynews.translate.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete an imported lexicon.")
final class LexiconRemoveCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "LANG")
    String language;

    @Mixin
    DataFolderOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path file = Lexicons.file(data.data.resolve(Lexicons.FOLDER), language);
        if (!Files.deleteIfExists(file)) {
            throw new InputException("no lexicon for " + language + " in " + file.getParent());
        }
        spec.commandLine().getOut().println("removed the " + language + "→en lexicon");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
