package org.polynews.cli;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.source.CollectingSink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the article a user means: a stored id (or an unambiguous prefix of one), or a file to analyse. */
final class ArticleResolver {
    private ArticleResolver() {
    }

    static AnalyzedArticle resolve(Polynews polynews, String reference) {
        var stored = polynews.find(reference);
        if (stored.isPresent()) {
            return stored.get().analysis();
        }
        if (!Files.exists(Path.of(reference)) && !"-".equals(reference)) {
            throw new InputException(reference + ": no stored article has this id, and no file has this name");
        }
        CollectingSink read = new CollectingSink();
        polynews.pipeline().sourceReader(() -> System.in).read(List.of(reference), read);
        if (read.documents().isEmpty()) {
            throw new InputException(read.problems().isEmpty() ? reference + ": no article found" : read.problems().get(0).toString());
        }
        Pipeline.Outcome outcome = polynews.analyze(read.documents().get(0));
        if (outcome.problem() != null) {
            throw new InputException(outcome.problem().toString());
        }
        return outcome.article();
    }
}
