package org.polynews;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.represent.ArticleEmbedder;
import org.polynews.represent.TextEncoder;
import org.polynews.similarity.SimilarityModel;
import org.polynews.source.SourceDocument;
import org.polynews.store.SearchHit;
import org.polynews.store.StoredArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An upload that breaks half-way (here the sentence encoder fails on its third article) leaves the store as it was; a
 * long ingest that breaks keeps what it saved before the break.
 */
class FailedIngestTest {
    /** A stand-in encoder that breaks on any text about the Brenner pass, as a model may run out of memory. */
    private static final class BrittleEncoder implements TextEncoder {
        @Override
        public String id() {
            return "brittle@1";
        }

        @Override
        public int dimensions() {
            return 3;
        }

        @Override
        public boolean covers(String language) {
            return true;
        }

        @Override
        public int windowWords() {
            return 200;
        }

        @Override
        public float[][] embedPassages(List<String> texts) {
            if (texts.stream().anyMatch(t -> t.contains("Brenner"))) {
                throw new IllegalStateException("the encoder ran out of memory");
            }
            float[][] out = new float[texts.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new float[] {1, 0, 0};
            }
            return out;
        }

        @Override
        public float[] embedQuery(String query) {
            return new float[] {1, 0, 0};
        }
    }

    private static byte[] lines(String... texts) {
        StringBuilder s = new StringBuilder();
        for (String t : texts) {
            s.append("{\"text\": \"").append(t).append("\", \"language\": \"en\"}\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Polynews open(Path data) {
        Pipeline pipeline = new Pipeline(Polynews.jsonMapper());
        return Polynews.open(data, pipeline, new ArticleEmbedder(new BrittleEncoder()), () -> SimilarityModel.bundled(pipeline.json()));
    }

    @Test
    void articlesBeforeTheBreakAreTakenBackAndNeverCommitted(@TempDir Path data) {
        try (Polynews polynews = open(data)) {
            polynews.ingest("first", lines(
                    "Fishermen in Gdansk blocked the harbour on Monday over new quotas for Baltic cod, the port authority said.",
                    "The city of Porto opened a new metro line to the airport on Tuesday after four years of building work."), "jsonl", IngestListener.NONE);
            assertThat(polynews.size()).isEqualTo(2);

            assertThatThrownBy(() -> polynews.ingest("second", lines(
                    "Farmers near Ghent drove tractors to the provincial hall on Wednesday to protest against nitrogen rules.",
                    "A landslide closed the coastal road north of Amalfi on Thursday, and buses were diverted inland.",
                    "Heavy snow closed the Brenner pass on Friday, and lorries queued for miles near Innsbruck."), "jsonl", IngestListener.NONE))
                    .hasMessageContaining("ran out of memory");

            assertOnlyFirstUploadStored(polynews, 2);

            polynews.ingest("third", lines(
                    "Wildfires forced the evacuation of three villages near Patras on Saturday, the fire service said."), "jsonl", IngestListener.NONE);
            assertThat(polynews.size()).isEqualTo(3);
        }
        try (Polynews reopened = open(data)) {
            assertThat(reopened.size()).as("the next commit kept nothing of the failed ingest").isEqualTo(3);
            assertThat(reopened.stories().articles()).extracting(StoryReportSource::of).containsOnly("first", "third");
            assertThat(reopened.search("landslide Amalfi", 10)).extracting(h -> h.snippet().text()).noneMatch(s -> s.contains("Amalfi"));
        }
    }

    @Test
    void aLongIngestThatBreaksKeepsWhatItSavedAndTakesBackOnlyTheRest(@TempDir Path data) {
        List<SourceDocument> documents = List.of(
                SourceDocument.plainText("gdansk.txt", "Fishermen in Gdansk blocked the harbour on Monday over new quotas for Baltic cod, the port authority said."),
                SourceDocument.plainText("porto.txt", "The city of Porto opened a new metro line to the airport on Tuesday after four years of building work."),
                SourceDocument.plainText("ghent.txt", "Farmers near Ghent drove tractors to the provincial hall on Wednesday to protest against nitrogen rules."),
                SourceDocument.plainText("amalfi.txt", "A landslide closed the coastal road north of Amalfi on Thursday, and buses were diverted inland."),
                SourceDocument.plainText("patras.txt", "Wildfires forced the evacuation of three villages near Patras on Saturday, the fire service said."),
                SourceDocument.plainText("brenner.txt", "Heavy snow closed the Brenner pass on Friday, and lorries queued for miles near Innsbruck."));
        try (Polynews polynews = open(data)) {
            assertThatThrownBy(() -> polynews.ingest(sink -> documents.forEach(sink::accept), 2, IngestListener.NONE))
                    .hasMessageContaining("ran out of memory");
            assertThat(polynews.size()).as("two saves of two articles each; Patras, after the last save, taken back").isEqualTo(4);
            assertThat(polynews.search("wildfires Patras", 10)).extracting(h -> h.snippet().text()).noneMatch(s -> s.contains("Patras"));
        }
        try (Polynews reopened = open(data)) {
            assertThat(reopened.size()).isEqualTo(4);
            assertThat(reopened.stories().articles()).extracting(a -> a.source())
                    .containsExactlyInAnyOrder("gdansk.txt", "porto.txt", "ghent.txt", "amalfi.txt");
        }
    }

    /**
     * The index documents are written on their own thread: one that cannot be written (here its JSON, as a full disk
     * would refuse it) fails the ingest as the encoder's failure does, and takes the rest of that ingest back with it.
     */
    @Test
    void anArticleTheIndexCannotTakeFailsItsIngestAndLeavesTheStoreAsItWas(@TempDir Path data) {
        try (Polynews polynews = Polynews.open(data, new Pipeline(unwritableWhen("Brenner")))) {
            polynews.ingest("first", lines(
                    "Fishermen in Gdansk blocked the harbour on Monday over new quotas for Baltic cod, the port authority said."), "jsonl", IngestListener.NONE);
            assertThatThrownBy(() -> polynews.ingest("second", lines(
                    "Farmers near Ghent drove tractors to the provincial hall on Wednesday to protest against nitrogen rules.",
                    "Heavy snow closed the Brenner pass on Friday, and lorries queued for miles near Innsbruck."), "jsonl", IngestListener.NONE))
                    .hasMessageContaining("cannot write to the store").hasMessageContaining("no space left");

            assertOnlyFirstUploadStored(polynews, 1);

            polynews.ingest("third", lines(
                    "Wildfires forced the evacuation of three villages near Patras on Saturday, the fire service said."), "jsonl", IngestListener.NONE);
            assertThat(polynews.size()).isEqualTo(2);
        }
        try (Polynews reopened = Polynews.open(data)) {
            assertThat(reopened.size()).isEqualTo(2);
            assertThat(reopened.stories().articles()).extracting(StoryReportSource::of).containsOnly("first", "third");
            assertThat(reopened.search("tractors Ghent nitrogen", 10)).extracting(h -> h.snippet().text()).noneMatch(s -> s.contains("Ghent"));
        }
    }

    /** The store holds only the {@code articles} of the upload "first": nothing of the failed one is stored, searchable or grouped. */
    private static void assertOnlyFirstUploadStored(Polynews polynews, int articles) {
        assertThat(polynews.size()).isEqualTo(articles);
        assertThat(polynews.search("tractors Ghent nitrogen", 10)).extracting(h -> h.snippet().text()).noneMatch(s -> s.contains("Ghent"));
        assertThat(polynews.stories().articles()).extracting(StoryReportSource::of).containsOnly("first");
    }

    /** The store's JSON, except that an article whose text has {@code word} cannot be written. */
    private static ObjectMapper unwritableWhen(String word) {
        SimpleModule failing = new SimpleModule();
        failing.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
                if (bean.getBeanClass() != StoredArticle.class) {
                    return serializer;
                }
                JsonSerializer<Object> written = (JsonSerializer<Object>) serializer;
                return new StdSerializer<>(StoredArticle.class) {
                    @Override
                    public void serialize(StoredArticle article, JsonGenerator out, SerializerProvider provider) throws IOException {
                        if (article.analysis().article().fullText().contains(word)) {
                            throw new IOException("no space left on device");
                        }
                        written.serialize(article, out, provider);
                    }
                };
            }
        });
        return Polynews.jsonMapper().registerModule(failing);
    }

    /** Which upload an article came from ({@code first#2} → {@code first}; a one-line upload is named alone). */
    private static final class StoryReportSource {
        static String of(org.polynews.cluster.StoryReport.ArticleSummary article) {
            int hash = article.source().indexOf('#');
            return hash < 0 ? article.source() : article.source().substring(0, hash);
        }
    }
}
