package org.polynews.cli;

import org.polynews.encoder.DownloadListener;
import org.polynews.encoder.EncoderConfig;
import org.polynews.encoder.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a sentence model from a folder (model.onnx + tokenizer.json [+ polynews-model.json]) or download it",
                "from a HuggingFace-style repository URL (resumable; sizes and checksums verified). The model is loaded and run",
                "once before it is installed. Options override what polynews-model.json says."})
final class ModelAddCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Name to call it by (letters, digits, - and _).")
    String name;

    @Option(names = "--from", required = true, paramLabel = "DIR|URL",
            description = "A local folder, or a repository URL such as https://huggingface.co/ORG/MODEL (files under resolve/main/).")
    String from;

    @Option(names = "--pooling", description = "mean or cls.")
    String pooling;

    @Option(names = "--max-tokens", description = "Longest input in tokens.")
    Integer maxTokens;

    @Option(names = "--languages", split = ",", description = "Languages it was trained for (ISO codes), or * for any.")
    List<String> languages;

    @Option(names = "--query-prefix", description = "Put before search queries (e5: 'query: ').")
    String queryPrefix;

    @Option(names = "--passage-prefix", description = "Put before article text (e5: 'passage: ').")
    String passagePrefix;

    @Option(names = "--output", description = "Output tensor to read (default: the first).")
    String output;

    @Option(names = "--batch-size", description = "Texts per inference call.")
    Integer batchSize;

    @Option(names = "--no-normalize", description = "Keep vectors as the model gives them (default: unit length).")
    boolean noNormalize;

    @Mixin
    DataFolderOption data;

    @Mixin
    ProgressOption progress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelStore models = ModelsCommand.store(data.data);
        ModelStore.ModelInfo info;
        if (from.startsWith("http://") || from.startsWith("https://")) {
            info = models.addFromUrl(name, URI.create(from), this::withOptions, listener(err));
        } else {
            info = models.addFromDirectory(name, Path.of(from), this::withOptions);
        }
        out.printf(Locale.ROOT, "added %s (%.1f MB, %s pooling, %d tokens, languages %s) in %s%n", info.name(), info.bytes() / 1e6,
                info.config().pooling(), info.config().maxTokens(), String.join(",", info.config().languages()), info.dir());
        if (models.active().isEmpty()) {
            out.println("use it with: polynews models use " + info.name());
        }
        out.flush();
        return 0;
    }

    private EncoderConfig withOptions(EncoderConfig c) {
        return new EncoderConfig(pooling != null ? pooling : c.pooling(), !noNormalize && c.normalize(),
                queryPrefix != null ? queryPrefix : c.queryPrefix(), passagePrefix != null ? passagePrefix : c.passagePrefix(),
                maxTokens != null ? maxTokens : c.maxTokens(), languages != null ? languages : c.languages(),
                output != null ? output : c.output(), batchSize != null ? batchSize : c.batchSize(), c.sha256());
    }

    private DownloadListener listener(PrintWriter err) {
        long[] last = {0};
        return new DownloadListener() {
            @Override
            public void progress(String file, long done, long total) {
                long now = System.nanoTime();
                if (progress.quiet || (now - last[0] < 1_000_000_000L && done != total)) {
                    return;
                }
                last[0] = now;
                err.printf(Locale.ROOT, "  %s: %.1f MB%s%n", file, done / 1e6, total < 0 ? "" : String.format(Locale.ROOT, " of %.1f MB", total / 1e6));
                err.flush();
            }

            @Override
            public void note(String message) {
                if (!progress.quiet) {
                    err.println("  " + message);
                    err.flush();
                }
            }
        };
    }
}
