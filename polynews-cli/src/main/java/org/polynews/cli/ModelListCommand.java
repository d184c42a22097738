package org.polynews.cli;

import org.polynews.encoder.EncoderConfig;
import org.polynews.encoder.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the added models; * marks the one in use.")
final class ModelListCommand implements Callable<Integer> {
    @Mixin
    DataFolderOption data;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<ModelStore.ModelInfo> models = ModelsCommand.store(data.data).list();
        if (format.json()) {
            FormatOption.printJson(out, models.stream().map(m -> new Listed(m.name(), m.active(), m.bytes(), m.config())).toList());
        } else if (models.isEmpty()) {
            out.println("no models (the engine runs without one); add one with: polynews models add NAME --from DIR|URL");
        } else {
            for (ModelStore.ModelInfo m : models) {
                out.printf(Locale.ROOT, "%s %-20s %7.1f MB  %s pooling, %d tokens, languages %s, sha256 %s%n", m.active() ? "*" : " ", m.name(),
                        m.bytes() / 1e6, m.config().pooling(), m.config().maxTokens(), String.join(",", m.config().languages()),
                        m.config().sha256() == null ? "-" : m.config().sha256().substring(0, 12));
            }
        }
        out.flush();
        return 0;
    }

    /** One model as listed: where it lies on disk is the store's business. */
    private record Listed(String name, boolean active, long bytes, EncoderConfig config) {
    }
}
