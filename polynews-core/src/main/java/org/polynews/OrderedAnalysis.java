package org.polynews;

import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;
import org.polynews.source.SourceSink;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Extracts and analyses the documents of one ingest on worker threads while the caller stores and groups them: at most
 * {@code window} documents ahead, so memory does not grow with the input, and handed back strictly in input order, so
 * that what is stored and how it is grouped never depend on thread timing.
 */
final class OrderedAnalysis implements SourceSink {
    private final Function<SourceDocument, Pipeline.Outcome> work;
    private final ExecutorService workers;
    private final int window;
    private final Consumer<Pipeline.Outcome> handler;
    private final Deque<Future<Pipeline.Outcome>> pending = new ArrayDeque<>();
    private final Map<String, Integer> passedOver = new HashMap<>();

    /**
     * @param work    what is done to each document on a worker thread ({@link Pipeline#process})
     * @param handler receives each outcome, in input order, on the caller's thread (but those of documents that are
     *                no article, which are counted with the parts passed over)
     */
    OrderedAnalysis(Function<SourceDocument, Pipeline.Outcome> work, ExecutorService workers, int window, Consumer<Pipeline.Outcome> handler) {
        this.work = work;
        this.workers = workers;
        this.window = window;
        this.handler = handler;
    }

    @Override
    public void accept(SourceDocument document) {
        pending.add(workers.submit(() -> work.apply(document)));
        handOn(window);
    }

    /** An input that could not be read: reported in its place among the documents. */
    @Override
    public void skip(SourceProblem problem) {
        pending.add(CompletableFuture.completedFuture(Pipeline.Outcome.failed(problem)));
        handOn(window);
    }

    @Override
    public void passOver(String source, String why) {
        passedOver.merge(why, 1, Integer::sum);
    }

    /** The parts of the inputs that held no article, counted by kind. */
    Map<String, Integer> passedOver() {
        return passedOver;
    }

    /** Hands on every outcome still pending. */
    void finish() {
        handOn(0);
    }

    /** Stops the documents not yet handed on (the ingest failed). */
    void abandon() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
    }

    /** Hands on the oldest outcomes until {@code keep} are pending; a document that is no article is only counted. */
    private void handOn(int keep) {
        while (pending.size() > keep) {
            Pipeline.Outcome outcome = await(pending.poll());
            if (outcome.notAnArticle()) {
                passOver(outcome.problem().source(), Pipeline.ARCHIVED_PAGES_WITHOUT_TEXT);
            } else {
                handler.accept(outcome);
            }
        }
    }

    private static Pipeline.Outcome await(Future<Pipeline.Outcome> outcome) {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("ingest interrupted");
        } catch (ExecutionException e) {
            // Pipeline.process turns a document's own failures into problems: what is left is the machine's (out of memory)
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
