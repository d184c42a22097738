package org.polynews.source;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.polynews.Pipeline;
import org.polynews.Polynews;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes, read as any kind of input and carried through extraction and analysis, end as documents or as problems
 * with their reason: never an exception out of the reader or the pipeline, never a document without text. The
 * corpus under src/test/resources (HostileInputFuzzTestInputs) runs in every build; explore further with
 * {@code JAZZER_FUZZ=1 ./mvnw test -pl polynews-core -Dtest=HostileInputFuzzTest -Djazzer.max_duration=10m}.
 */
class HostileInputFuzzTest {
    private static final List<String> KINDS = Arrays.asList("html", "json", "jsonl", "txt", null, "feed");
    private static final Pipeline PIPELINE = new Pipeline(Polynews.jsonMapper());

    @FuzzTest(maxDuration = "10s")
    void anyBytesEndAsDocumentsOrProblems(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String kind = KINDS.get(Math.floorMod(input[0], KINDS.size()));
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        CollectingSink sink = new CollectingSink();
        if ("feed".equals(kind)) {
            new FeedReader().read("fuzz.xml", content, sink);
        } else {
            new SourceReader(new TextDecoder(), new JsonArticleParser(new ObjectMapper()), InputStream::nullInputStream)
                    .readContent("fuzz", content, kind, sink);
        }
        assertThat(sink.problems()).allSatisfy(p -> assertThat(p.reason()).isNotBlank());
        for (SourceDocument document : sink.documents()) {
            assertThat(document.text()).isNotBlank();
            Pipeline.Outcome outcome = PIPELINE.process(document);
            assertThat(outcome.article() != null || outcome.problem() != null).isTrue();
        }
    }
}
