package org.polynews.cli;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.translate.Lexicon;
import org.polynews.translate.LexiconImporter;
import org.polynews.translate.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read FreeDict dictionaries to English (freedict-XXX-eng.dict.dz) and keep their stems in DATA/lexicons:",
                "from then on, articles in those languages are compared with others word by word through English."})
final class LexiconImportCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "LANG", description = "Languages to import (ISO codes, e.g. de ar); default: every dictionary found.")
    List<String> languages = List.of();

    @Option(names = "--from", paramLabel = "DIR", description = "Folder with the dictionaries (default: /usr/share/dictd, where Debian installs them).")
    Path from = LexiconImporter.DEBIAN_DICTD;

    @Mixin
    DataFolderOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(from)) {
            throw new InputException(from + " is not a folder; install dictionaries first (Debian: apt-get install dict-freedict-deu-eng) or give --from DIR");
        }
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        LexiconImporter importer = new LexiconImporter(pipeline.terms());
        List<LexiconImporter.Source> sources = importer.find(from).stream()
                .filter(s -> languages.isEmpty() || languages.contains(s.language())).toList();
        for (String language : languages) {
            if (sources.stream().noneMatch(s -> s.language().equals(language))) {
                String iso3 = LexiconImporter.iso3(language).orElse("???");
                throw new InputException(from + ": no dictionary between " + language + " and English (expected freedict-"
                        + iso3 + "-eng.dict.dz or freedict-eng-" + iso3 + ".dict.dz)");
            }
        }
        if (sources.isEmpty()) {
            throw new InputException(from + " holds no FreeDict dictionary between English and another language (freedict-XXX-eng.dict.dz, freedict-eng-XXX.dict.dz)");
        }
        Path target = data.data.resolve(Lexicons.FOLDER);
        for (LexiconImporter.Source source : sources) {
            err.println("reading " + source.files() + " ...");
            err.flush();
            long start = System.nanoTime();
            Lexicon lexicon = importer.importOne(source, target);
            out.printf(Locale.ROOT, "imported %s→en: %d stems in %.1f s%n", source.language(), lexicon.size(), (System.nanoTime() - start) / 1e9);
            out.flush();
        }
        return 0;
    }
}
