package org.polynews.cli;

import org.polynews.eval.SimilarityReport;
import org.polynews.similarity.Dimension;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link SimilarityReport}: Pearson per dimension, Spearman, the table per language pair; optionally beside a baseline. */
final class SimilarityReportPrinter {
    private SimilarityReportPrinter() {
    }

    static Map<String, Object> json(SimilarityReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scorer", r.scorer());
        json.put("pairs", r.scored().size());
        json.put("unscored", r.unscored().stream().map(p -> p.pair().id() + ": " + p.problem()).toList());
        Map<String, Double> pearson = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            pearson.put(d.label(), round(r.pearson(d)));
        }
        json.put("pearson", pearson);
        json.put("spearman_overall", round(r.spearman(Dimension.OVERALL)));
        Map<String, Object> byPair = new LinkedHashMap<>();
        r.byLanguagePair().forEach((k, v) -> byPair.put(k, round(v.pearson())));
        json.put("by_language_pair", byPair);
        Map<String, Integer> counts = new LinkedHashMap<>();
        r.byLanguagePair().forEach((k, v) -> counts.put(k, v.pairs()));
        json.put("pairs_by_language_pair", counts);
        json.put("seconds", Math.round(r.seconds() * 10) / 10.0);
        if (!Double.isNaN(r.comparingMicrosPerPair())) {
            json.put("comparing_microseconds_per_pair", Math.round(r.comparingMicrosPerPair()));
        }
        return json;
    }

    static void printTable(PrintWriter out, SimilarityReport r, SimilarityReport base) {
        out.printf(Locale.ROOT, "%d pairs scored (%s%s)%s%n", r.scored().size(), r.scorer(),
                (r.seconds() > 0 ? String.format(Locale.ROOT, ", %.1f s", r.seconds()) : "")
                        + (Double.isNaN(r.comparingMicrosPerPair()) ? "" : String.format(Locale.ROOT, "; comparing analysed articles took %.0f microseconds a pair", r.comparingMicrosPerPair())),
                r.unscored().isEmpty() ? "" : ", " + r.unscored().size() + " could not be scored");
        r.unscored().stream().limit(10).forEach(p -> out.printf("  not scored: %s (line %d): %s%n", p.pair().id(), p.pair().line(), p.problem()));
        out.printf("%nPearson with the judges%s%n", base == null ? "" : "          polynews   " + base.scorer());
        for (Dimension d : Dimension.values()) {
            out.printf(Locale.ROOT, "  %-10s %7.3f%s%n", d.label(), r.pearson(d), base == null ? "" : String.format(Locale.ROOT, "   %7.3f", base.pearson(d)));
        }
        out.printf(Locale.ROOT, "  Spearman overall %.3f%s%n", r.spearman(Dimension.OVERALL),
                base == null ? "" : String.format(Locale.ROOT, " (%s %.3f)", base.scorer(), base.spearman(Dimension.OVERALL)));
        out.printf("%nOverall by language pair     pairs  Pearson%s%n", base == null ? "" : "  " + base.scorer());
        Map<String, SimilarityReport.LanguagePairScore> baseByPair = base == null ? Map.of() : base.byLanguagePair();
        r.byLanguagePair().forEach((k, v) -> out.printf(Locale.ROOT, "  %-24s %7d  %7.3f%s%n", k, v.pairs(), v.pearson(),
                base == null ? "" : String.format(Locale.ROOT, "  %7.3f", baseByPair.get(k).pearson())));
    }

    private static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0;
    }
}
