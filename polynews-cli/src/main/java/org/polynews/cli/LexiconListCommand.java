package org.polynews.cli;

import org.polynews.translate.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the imported lexicons.")
final class LexiconListCommand implements Callable<Integer> {
    @Mixin
    DataFolderOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Lexicons lexicons = Lexicons.of(data.data);
        List<String> languages = lexicons.available();
        if (languages.isEmpty()) {
            out.println("no lexicons; import some with: polynews lexicons import (after apt-get install dict-freedict-deu-eng ...)");
        }
        for (String language : languages) {
            out.printf("%s→en  %d stems  %s%n", language, lexicons.toEnglish(language).orElseThrow().size(),
                    Lexicons.file(data.data.resolve(Lexicons.FOLDER), language));
        }
        out.flush();
        return 0;
    }
}
