package org.polynews.cli;

import org.polynews.IngestListener;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.similarity.SimilarityModel;
import org.polynews.store.StoreInUseException;
import org.polynews.translate.Lexicons;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * A command that works on the store: the shared {@code --data} option, opening and closing the store,
 * and flushing what the command printed.
 */
abstract class StoreCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "polynews-data",
            description = "Data folder of the embedded store (default: ${DEFAULT-VALUE} in the working directory).")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (readsStoredArticlesOnly() && !Polynews.holdsStore(data)) {
            throw new InputException(data + " holds no polynews store (nothing was ingested there): ingest articles first with "
                    + "'polynews ingest PATH --data " + data + "', or give --data the folder you ingested into");
        }
        try {
            return runHere(out);
        } catch (StoreInUseException e) {
            Optional<RunningServer> server = RunningServer.of(data);
            if (server.isEmpty()) {
                throw e;
            }
            if (!answersOverHttp()) {
                throw new InputException(data + " is in use by polynews serve at " + server.get().uri() + ": use its web page and API, or "
                        + "stop it to run " + spec.name() + " here");
            }
            err().println("polynews: " + data + " is served at " + server.get().uri() + "; asking it");
            return runThere(server.get(), out);
        } finally {
            out.flush();
        }
    }

    private int runHere(PrintWriter out) throws Exception {
        String active = ModelsCommand.store(data).active().orElse(null);
        try (ModelInUse model = active == null ? null : ModelInUse.load(data, active, err());
             Polynews polynews = open(model)) {
            if (model != null) {
                embedMissing(polynews, model);
            }
            return run(polynews, out);
        }
    }

    /**
     * The store, opened to read only when the command only reads stored articles and no encoder in use may have
     * articles to embed ({@link #embedMissing}): such commands are quicker to start.
     */
    private Polynews open(ModelInUse model) {
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper(), Lexicons.of(data));
        if (model == null) {
            Supplier<SimilarityModel> shipped = () -> SimilarityModel.bundled(Polynews.jsonMapper());
            return readsStoredArticlesOnly() ? Polynews.openForReading(data, pipeline, null, shipped) : Polynews.open(data, pipeline, null, shipped);
        }
        return Polynews.open(data, pipeline, model.embedder(), model::similarity);
    }

    /**
     * Whether the command can answer through the {@code serve} that holds the store ({@link #runThere}), rather than be
     * refused while it runs.
     */
    boolean answersOverHttp() {
        return false;
    }

    /** The command's work done through the API of the server that holds the store. */
    int runThere(RunningServer server, PrintWriter out) throws Exception {
        throw new UnsupportedOperationException(spec.name() + " cannot ask a server");
    }

    /** After a switch of model, the stored articles get the new model's vectors, with progress. */
    private void embedMissing(Polynews polynews, ModelInUse model) {
        ProgressMeter progress = new ProgressMeter(err(), "article", false);
        int[] n = {0};
        int embedded = polynews.embedMissing(new IngestListener() {
            @Override
            public void article(String source, String id, boolean added) {
                progress.done(++n[0], -1);
            }
        });
        if (embedded > 0) {
            err().printf("embedded %d stored article%s with %s%n", embedded, embedded == 1 ? "" : "s", model.encoder().id());
            err().flush();
        }
    }

    /**
     * Whether the command only reads stored articles, so that a data folder without a store is a mistake (a typo in
     * its name) to report, not an empty store to answer from.
     */
    boolean readsStoredArticlesOnly() {
        return false;
    }

    /** Does the command's work and returns its exit code. */
    abstract int run(Polynews polynews, PrintWriter out) throws Exception;

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
