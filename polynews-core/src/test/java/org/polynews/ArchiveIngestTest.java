package org.polynews;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.polynews.extract.Article;
import org.polynews.extract.DateSource;
import org.polynews.source.WarcArchiveReaderTest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A web archive ingested end to end: its article page is stored, its other records and its index page only counted. */
class ArchiveIngestTest {
    @Test
    void aCrawlsPageIsStoredWithItsSiteAndTheCaptureDayAsItsDate(@TempDir Path dir) throws Exception {
        Path crawl = dir.resolve("crawl.warc.gz");
        WarcArchiveReaderTest.writeCrawl(crawl, WarcCompression.GZIP);
        try (Polynews polynews = Polynews.open(dir.resolve("data"))) {
            IngestReport report = polynews.ingest(List.of(crawl.toString()), () -> System.in, IngestListener.NONE);

            assertThat(report.added()).isEqualTo(1);
            assertThat(report.skipped()).isEmpty();
            assertThat(report.passedOver()).containsEntry(Pipeline.ARCHIVED_PAGES_WITHOUT_TEXT, 1).hasSize(4)
                    .allSatisfy((why, n) -> assertThat(n).isEqualTo(1));
            Article article = polynews.stories().articles().stream().findFirst()
                    .flatMap(a -> polynews.find(a.id())).orElseThrow().analysis().article();
            assertThat(article.title()).isEqualTo("Ferry strike ends in Marseille");
            assertThat(article.site()).isEqualTo("provence-maritime.example");
            assertThat(article.published()).as("the page gives no date: the day it was captured").isEqualTo(LocalDate.of(2025, 3, 4));
            assertThat(article.dateSource()).isEqualTo(DateSource.CAPTURED);
        }
    }
}
