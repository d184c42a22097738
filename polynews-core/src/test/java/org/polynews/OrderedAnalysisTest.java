package org.polynews;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents analysed on several threads come back in the order they were read, never more than a window ahead. */
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
        }, workers, 6, outcome -> {
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
