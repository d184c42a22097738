package org.polynews.bench;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;
import org.polynews.source.SourceSink;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts the benchmarks work on: the project's example articles (ten languages, text, HTML and JSON), or the files
 * named by the system property {@value #PROPERTY} (a folder or a JSON Lines file of real articles, for numbers on
 * other news). Run from the repository root.
 */
final class ExampleTexts {
    static final String PROPERTY = "polynews.bench.texts";

    private ExampleTexts() {
    }

    static List<SourceDocument> read(Pipeline pipeline) {
        Path input = Path.of(System.getProperty(PROPERTY, "examples/articles"));
        if (!Files.exists(input)) {
            throw new IllegalStateException(input.toAbsolutePath() + " does not exist: run the benchmarks from the repository root, or set -D"
                    + PROPERTY + "=PATH");
        }
        List<SourceDocument> documents = new ArrayList<>();
        pipeline.sourceReader(InputStream::nullInputStream).read(List.of(input.toString()), new SourceSink() {
            @Override
            public void accept(SourceDocument document) {
                documents.add(document);
            }

            @Override
            public void skip(SourceProblem problem) {
                // a file that is no article is left out of the benchmark, as ingest leaves it out
            }
        });
        if (documents.isEmpty()) {
            throw new IllegalStateException("no articles in " + input.toAbsolutePath());
        }
        return documents;
    }

    static Pipeline pipeline() {
        return new Pipeline(Polynews.jsonMapper());
    }
}
