package org.polynews;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.cluster.ArticleFilter;
import org.polynews.cluster.CoverageRank;
import org.polynews.cluster.StorylineSelection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One instance shared by threads that ingest uploads and threads that query, as the server uses it. */
class ConcurrentUseTest {
    private static final String[] TOWNS = {"Vienna", "Budapest", "Belgrade", "Bratislava", "Linz", "Passau"};

    static byte[] report(int i) {
        String town = TOWNS[i % TOWNS.length];
        return ("""
                {"title": "Council of %s votes on budget %d", "published": "2026-03-%02d",
                 "text": "The city council of %s approved budget plan number %d on Tuesday after a debate about schools, buses and the river port. The mayor said the plan would add %d jobs."}
                """.formatted(town, i, 1 + i % 28, town, i, 100 + i)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void ingestsAndQueriesRunSideBySide(@TempDir Path data) throws Exception {
        int uploads = 24;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (Polynews polynews = Polynews.open(data)) {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                int n = i;
                work.add(threads.submit(() -> polynews.ingest("upload-" + n, report(n), "json", IngestListener.NONE)));
                work.add(threads.submit(() -> polynews.search("council budget", 5)));
                work.add(threads.submit(() -> polynews.stories()));
                work.add(threads.submit(() -> polynews.stories(new StorylineSelection(new ArticleFilter(null, null, null, null), 0, CoverageRank.Order.RECENT, 3))));
            }
            for (Future<?> f : work) {
                f.get(); // rethrows any failure of a thread
            }
            assertThat(polynews.size()).isEqualTo(uploads);
            assertThat(polynews.stories().articles()).hasSize(uploads).allSatisfy(a -> assertThat(a.event()).isNotNull());
            assertThat(polynews.ingest("again", report(3), "json", IngestListener.NONE).duplicates()).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        try (Polynews reopened = Polynews.open(data)) {
            assertThat(reopened.size()).isEqualTo(uploads);
            assertThat(reopened.search("Budapest", 10)).isNotEmpty();
        }
    }

    @Test
    void uploadsThatAreNotArticlesAreReportedByName(@TempDir Path data) {
        try (Polynews polynews = Polynews.open(data)) {
            IngestReport report = polynews.ingest("post #1", "{\"title\": \"no text\"".getBytes(StandardCharsets.UTF_8), "json", IngestListener.NONE);
            assertThat(report.added()).isZero();
            assertThat(report.skipped()).singleElement().satisfies(p -> {
                assertThat(p.source()).isEqualTo("post #1");
                assertThat(p.reason()).startsWith("broken JSON");
            });
            assertThat(polynews.ingest("blank", "  \n".getBytes(StandardCharsets.UTF_8), null, IngestListener.NONE).skipped())
                    .singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo("the content is empty"));
            assertThat(polynews.size()).isZero();
        }
    }
}
