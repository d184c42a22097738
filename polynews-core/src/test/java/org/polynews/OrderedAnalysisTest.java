package org.polynews;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents analysed on several threads come back in the order they were read, never more than a window ahead, and one
 * that runs past its time budget is given up without holding the others.
 */
class OrderedAnalysisTest {
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    @Test
    void outcomesComeBackInInputOrderWhateverTheThreadsTake() {
        AtomicInteger started = new AtomicInteger();
        List<String> handed = new ArrayList<>();
        int[] mostAhead = {0};
        OrderedAnalysis analysis = new OrderedAnalysis(document -> {
            started.incrementAndGet();
            int n = Integer.parseInt(document.source().substring(4));
            sleep(n % 3 == 0 ? 30 : 1); // every third document is slow, so later ones finish first
            return Pipeline.Outcome.failed(new SourceProblem(document.source(), "done"));
        }, workers, 6, Duration.ofSeconds(30), outcome -> {
            handed.add(outcome.problem().source());
            mostAhead[0] = Math.max(mostAhead[0], started.get() - handed.size());
        });

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            analysis.accept(SourceDocument.plainText("doc-" + i, "text " + i));
            expected.add("doc-" + i);
            if (i == 10) {
                analysis.skip(new SourceProblem("unreadable.txt", "binary content"));
                expected.add("unreadable.txt");
            }
        }
        analysis.finish();

        assertThat(handed).containsExactlyElementsOf(expected);
        assertThat(mostAhead[0]).as("documents analysed but not yet handed on").isLessThanOrEqualTo(7);
    }

    @Test
    void aDocumentOverItsTimeBudgetIsGivenUpAndTheOthersGoOn() {
        List<Pipeline.Outcome> handed = new ArrayList<>();
        boolean[] stopped = {false};
        OrderedAnalysis analysis = new OrderedAnalysis(document -> {
            if (document.source().equals("endless.html")) {
                try {
                    Thread.sleep(60_000); // stands for an extraction no size cap foresaw
                } catch (InterruptedException e) {
                    stopped[0] = true;
                }
                return Pipeline.Outcome.failed(new SourceProblem(document.source(), "finished after all"));
            }
            return Pipeline.Outcome.failed(new SourceProblem(document.source(), "done"));
        }, workers, 6, Duration.ofMillis(300), handed::add);

        analysis.accept(SourceDocument.plainText("before.txt", "text"));
        analysis.accept(SourceDocument.plainText("endless.html", "text"));
        analysis.accept(SourceDocument.plainText("after.txt", "text"));
        analysis.finish();

        assertThat(handed).extracting(o -> o.problem().source()).containsExactly("before.txt", "endless.html", "after.txt");
        assertThat(handed.get(1).problem().reason()).contains("more than 0.3 s").contains("given up");
        assertThat(handed.get(2).problem().reason()).isEqualTo("done");
        workers.shutdown();
        assertThat(awaitQuiet()).as("the given-up document's worker was interrupted").isTrue();
        assertThat(stopped[0]).isTrue();
    }

    private boolean awaitQuiet() {
        try {
            return workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
