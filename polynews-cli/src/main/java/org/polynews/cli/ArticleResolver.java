package org.polynews.cli;

import org.polynews.Pipeline;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.ArticleIds;
import org.polynews.source.CollectingSink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the article a user means: a stored id (or an unambiguous prefix of one), or a file to analyse. */
final class ArticleResolver {
    private ArticleResolver() {
    }

    /** How many ids an ambiguous prefix lists. */
    static final int IDS_SHOWN = 5;

    static AnalyzedArticle resolve(Polynews polynews, String reference) {
        var stored = polynews.find(reference);
        if (stored.isPresent()) {
            return stored.get().analysis();
        }
        if (isStoredId(reference)) {
            throw new InputException(notFound(polynews, reference));
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

    /** Whether the reference names a stored article, not a file to analyse. */
    static boolean isStoredId(String reference) {
        return !"-".equals(reference) && !Files.exists(Path.of(reference));
    }

    private static String notFound(Polynews polynews, String reference) {
        List<String> starting = reference.length() < ArticleIds.LENGTH
                ? polynews.idsStartingWith(reference, 100).stream().sorted().toList() : List.of();
        if (starting.size() > 1) {
            String more = starting.size() > IDS_SHOWN ? ", …" : "";
            return "ambiguous prefix: " + (starting.size() == 100 ? "100 or more" : starting.size()) + " articles start with " + reference
                    + " (" + String.join(", ", starting.subList(0, Math.min(IDS_SHOWN, starting.size()))) + more + "); give more of the id";
        }
        return reference + ": no stored article has this id, and no file has this name";
    }
}
