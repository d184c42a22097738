package org.polynews.cli;

import org.polynews.Polynews;
import org.polynews.eval.BenchmarkException;
import org.polynews.eval.ClusteringInputReader;
import org.polynews.eval.GoldArticle;
import org.polynews.eval.SimilarityPair;
import org.polynews.source.SourceDocument;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files eval clustering and train clustering read: labelled articles, articles to mix in, judged pairs. */
final class ClusteringFiles {
    @Parameters(index = "0", paramLabel = "GOLD", description = "JSON Lines file of labelled articles: id, text, and optionally title, published, language, event, storyline.")
    Path gold;

    @Option(names = "--mix", arity = "1..*", paramLabel = "FILE",
            description = "Unlabelled articles to mix in: JSON Lines of articles, or a SemEval pairs file (its texts, once each).")
    List<Path> mix = new ArrayList<>();

    @Option(names = "--pairs", paramLabel = "FILE", description = "SemEval-style judged pairs whose texts are ingested too and whose Overall judgements are used.")
    Path pairs;

    /** What the files hold; lines that cannot be used are reported on {@code err} and counted in {@code problems}. */
    record Read(List<GoldArticle> gold, List<SourceDocument> mix, List<SimilarityPair> judged, int problems) {
    }

    Read read(PrintWriter err) {
        ClusteringInputReader reader = new ClusteringInputReader(Polynews.jsonMapper());
        List<String> problems = new ArrayList<>();
        List<GoldArticle> labelled;
        List<SourceDocument> mixed = new ArrayList<>();
        try {
            ClusteringInputReader.Gold g = reader.gold(gold);
            labelled = g.articles();
            problems.addAll(g.problems());
            for (Path file : mix) {
                ClusteringInputReader.Mix m = reader.mix(file);
                mixed.addAll(m.documents());
                problems.addAll(m.problems());
            }
        } catch (BenchmarkException e) {
            throw new InputException(e.getMessage());
        }
        List<SimilarityPair> judged = pairs == null ? List.of() : JudgedPairs.read(pairs, err).pairs();
        problems.forEach(p -> err.println("skipped " + p));
        err.flush();
        return new Read(labelled, mixed, judged, problems.size());
    }
}
