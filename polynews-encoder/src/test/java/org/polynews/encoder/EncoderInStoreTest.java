package org.polynews.encoder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.IngestListener;
import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.represent.ArticleEmbedder;
import org.polynews.similarity.Comparison;
import org.polynews.similarity.Dimension;
import org.polynews.similarity.SimilarityModel;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A store that starts model-free, then gets an encoder: vectors made for stored articles, used by compare and search. */
class EncoderInStoreTest {
    static final Path EXAMPLES = Path.of("..", "examples", "articles");
    static final List<String> FILES = List.of("danube-flood-en.txt", "danube-inquiry-en.txt", "danube-flood-de.txt",
            "tehran-smog-en.txt", "panda-en.html", "cable-deal-en.txt");

    @Test
    void switchingToAModelEmbedsWhatIsStoredOnceAndUsesIt(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("data");
        try (Polynews plain = Polynews.open(data)) {
            plain.ingest(FILES.stream().map(f -> EXAMPLES.resolve(f).toString()).toList(), () -> null, IngestListener.NONE);
        }
        ModelStore models = new ModelStore(data, Polynews.jsonMapper());
        models.addFromDirectory("minilm", MiniLm.unpack(temp.resolve("exported")), c -> new EncoderConfig("mean", true, "", "", 256, List.of("en"), null, 8, null));
        try (OnnxTextEncoder encoder = models.open("minilm", 2)) {
            ArticleEmbedder embedder = new ArticleEmbedder(encoder);
            SimilarityModel shipped = SimilarityModel.bundled(Polynews.jsonMapper());
            try (Polynews polynews = Polynews.open(data, new Pipeline(Polynews.jsonMapper()), embedder, () -> shipped)) {
                assertThat(polynews.embedMissing(IngestListener.NONE)).isEqualTo(5); // the English ones; the German one is not covered
                assertThat(polynews.search("river overflowing in the Hungarian capital", 3)).first()
                        .satisfies(hit -> assertThat(polynews.find(hit.id()).orElseThrow().analysis().article().title()).contains("Danube"));
                AnalyzedArticle flood = polynews.search("Danube floods Budapest embankments", 1).stream().findFirst()
                        .flatMap(h -> polynews.find(h.id())).orElseThrow().analysis();
                AnalyzedArticle inquiry = polynews.search("inquiry dam operator", 1).stream().findFirst()
                        .flatMap(h -> polynews.find(h.id())).orElseThrow().analysis();
                Comparison c = polynews.compare(flood, inquiry);
                assertThat(c.get(Dimension.NARRATIVE).evidence()).anyMatch(e -> e.startsWith("sentence vectors (") && e.contains("not used"));
            }
            try (Polynews again = Polynews.open(data, new Pipeline(Polynews.jsonMapper()), embedder, () -> shipped)) {
                assertThat(again.embedMissing(IngestListener.NONE)).isZero(); // the vectors were saved
            }
        }
    }
}
