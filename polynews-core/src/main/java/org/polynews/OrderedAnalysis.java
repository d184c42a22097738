package org.polynews;

import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;
import org.polynews.source.SourceSink;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Extracts and analyses the documents of one ingest on worker threads while the caller stores and groups them: at most
 * {@code window} documents ahead, so memory does not grow with the input, and handed back strictly in input order, so
 * that what is stored and how it is grouped never depend on thread timing. A document still at work after its time
 * budget is given up (its worker interrupted) and reported as a problem, so one page that extraction cannot finish
 * never holds the ingest; extraction's size caps keep real pages far below the budget.
 */
final class OrderedAnalysis implements SourceSink {
    private final Function<SourceDocument, Pipeline.Outcome> work;
    private final ExecutorService workers;
    private final int window;
    private final Consumer<Pipeline.Outcome> handler;
    private final Duration budget;
    private final Deque<Work> pending = new ArrayDeque<>();
    private final Map<String, Integer> passedOver = new HashMap<>();

    /**
     * @param work    what is done to each document on a worker thread ({@link Pipeline#process})
     * @param handler receives each outcome, in input order, on the caller's thread (but those of documents that are
     *                no article, which are counted with the parts passed over)
     */
    OrderedAnalysis(Function<SourceDocument, Pipeline.Outcome> work, ExecutorService workers, int window, Duration budget,
                    Consumer<Pipeline.Outcome> handler) {
        this.work = work;
        this.workers = workers;
        this.window = window;
        this.budget = budget;
        this.handler = handler;
    }

    @Override
    public void accept(SourceDocument document) {
        Work w = new Work(document.source());
        w.future = workers.submit(() -> {
            w.started = System.nanoTime();
            return work.apply(document);
        });
        pending.add(w);
        handOn(window);
    }

    /** An input that could not be read: reported in its place among the documents. */
    @Override
    public void skip(SourceProblem problem) {
        Work w = new Work(problem.source());
        w.future = CompletableFuture.completedFuture(Pipeline.Outcome.failed(problem));
        pending.add(w);
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
        pending.forEach(w -> w.future.cancel(true));
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

    /** The document's outcome once done, or a problem once it has run longer than the budget (then it is stopped). */
    private Pipeline.Outcome await(Work w) {
        try {
            while (true) {
                long started = w.started;
                long left = started == Work.NOT_STARTED ? budget.toNanos() : started + budget.toNanos() - System.nanoTime();
                if (left <= 0 && w.future.cancel(true)) {
                    return Pipeline.Outcome.failed(new SourceProblem(w.source, String.format(Locale.ROOT,
                            "extraction and analysis took more than %s, the budget of one document; given up", seconds(budget))));
                }
                try {
                    return w.future.get(Math.max(left, 1), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // over budget, or not yet taken up by a worker (its budget counts from then): look again
                }
            }
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

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** One document at work: its outcome to come, and when a worker took it up. */
    private static final class Work {
        private static final long NOT_STARTED = Long.MIN_VALUE;
        private final String source;
        private volatile long started = NOT_STARTED;
        private Future<Pipeline.Outcome> future;

        Work(String source) {
            this.source = source;
        }
    }
}
