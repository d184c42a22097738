package org.polynews.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "lexicons", mixinStandardHelpOptions = true,
        description = {"Bilingual lexicons for comparing words across languages, imported from the FreeDict dictionaries you",
                "installed (Debian: apt-get install dict-freedict-deu-eng dict-freedict-ara-eng ...). Optional."},
        subcommands = {LexiconImportCommand.class, LexiconListCommand.class, LexiconRemoveCommand.class})
final class LexiconsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose: import, list, remove");
    }
}
