package org.polynews.eval;

import org.polynews.IngestListener;
import org.polynews.IngestReport;
import org.polynews.Polynews;
import org.polynews.cluster.StoryReport;
import org.polynews.similarity.Dimension;
import org.polynews.source.SourceDocument;
import org.polynews.source.SourceProblem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Ingests labelled articles with unlabelled ones mixed in, then scores the store's grouping: events by pair
 * recall against the true events and pair precision against the true storylines and events, storylines by
 * BCubed against the true storylines, and, given judged pairs, how many the judges call one story end up
 * together and how many they call different are kept apart.
 */
public final class ClusteringEvaluation {
    /** SemEval Overall at most this: the judges say same story. */
    public static final double SAME_STORY = 1.5;
    /** SemEval Overall at least this: the judges say different stories. */
    public static final double DIFFERENT = 3.5;

    /** How the articles are ordered for the ingest. */
    public enum Order { AS_GIVEN, REVERSE }

    private final Polynews polynews;

    public ClusteringEvaluation(Polynews polynews) {
        this.polynews = polynews;
    }

    /**
     * @param gold   labelled articles, ingested first (in file order)
     * @param mix    unlabelled articles, ingested after them
     * @param judged judged pairs whose texts are ingested too (once: a text already mixed in is not added twice)
     */
    public ClusteringReport run(List<GoldArticle> gold, List<SourceDocument> mix, List<SimilarityPair> judged, Order order,
                                IngestListener progress) {
        Map<String, SourceDocument> byText = documentsByText(gold, mix, judged);
        List<SourceDocument> documents = new ArrayList<>(byText.values());
        if (order == Order.REVERSE) {
            Collections.reverse(documents);
        }
        Map<String, String> idOfSource = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        IngestReport ingest = polynews.ingestDocuments(documents, recording(idOfSource, skipped, progress));
        return score(gold, judged, byText, idOfSource, false, ingest.seconds(), documents.size(), skipped);
    }

    /**
     * Scores a regrouping of a store that an earlier {@link #run} with the same files filled (found by the
     * articles' sources), without reading or analysing the texts again: for tuning the grouping.
     */
    public ClusteringReport regroup(List<GoldArticle> gold, List<SourceDocument> mix, List<SimilarityPair> judged, IngestListener progress) {
        Map<String, SourceDocument> byText = documentsByText(gold, mix, judged);
        long start = System.nanoTime();
        int placed = polynews.regroup(progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> idOfSource = new HashMap<>();
        polynews.stories().articles().forEach(a -> idOfSource.put(a.source(), a.id()));
        List<String> skipped = new ArrayList<>();
        long missing = byText.values().stream().filter(d -> !idOfSource.containsKey(d.source())).count();
        if (missing > 0) {
            skipped.add(missing + " of the files' articles are not in the store (fill it with the same files first)");
        }
        return score(gold, judged, byText, idOfSource, true, seconds, placed, skipped);
    }

    /**
     * Stores whatever of the files' articles the store lacks (found by source) and returns the stored id of every
     * text: what training needs, without analysing again what an earlier run stored.
     */
    public Map<String, String> stored(List<GoldArticle> gold, List<SourceDocument> mix, List<SimilarityPair> judged, IngestListener progress) {
        Map<String, SourceDocument> byText = documentsByText(gold, mix, judged);
        Map<String, String> idOfSource = new HashMap<>();
        polynews.stories().articles().forEach(a -> idOfSource.put(a.source(), a.id()));
        List<SourceDocument> missing = byText.values().stream().filter(d -> !idOfSource.containsKey(d.source())).toList();
        if (!missing.isEmpty()) {
            polynews.ingestDocuments(missing, recording(idOfSource, new ArrayList<>(), progress));
        }
        return idsByText(byText, idOfSource);
    }

    /** Passes ingest news on to {@code progress}, noting each stored article's id by source and each skipped input. */
    private static IngestListener recording(Map<String, String> idOfSource, List<String> skipped, IngestListener progress) {
        return new IngestListener() {
            @Override
            public void article(String source, String id, boolean added) {
                idOfSource.put(source, id);
                progress.article(source, id, added);
            }

            @Override
            public void skipped(SourceProblem problem) {
                skipped.add(problem.source() + ": " + problem.reason());
                progress.skipped(problem);
            }
        };
    }

    /** The stored id of each text whose document was stored. */
    private static Map<String, String> idsByText(Map<String, SourceDocument> byText, Map<String, String> idOfSource) {
        Map<String, String> idOfText = new HashMap<>();
        byText.forEach((text, d) -> {
            String id = idOfSource.get(d.source());
            if (id != null) {
                idOfText.put(text, id);
            }
        });
        return idOfText;
    }

    /** Every text once, labelled articles first, then the mix, then the judged pairs' texts not mixed in already. */
    private static Map<String, SourceDocument> documentsByText(List<GoldArticle> gold, List<SourceDocument> mix, List<SimilarityPair> judged) {
        Map<String, SourceDocument> byText = new LinkedHashMap<>();
        gold.forEach(g -> byText.putIfAbsent(g.document().text(), g.document()));
        mix.forEach(d -> byText.putIfAbsent(d.text(), d));
        for (SimilarityPair p : judged) {
            byText.putIfAbsent(p.text1(), SourceDocument.plainText(p.id() + "/1", p.text1()));
            byText.putIfAbsent(p.text2(), SourceDocument.plainText(p.id() + "/2", p.text2()));
        }
        return byText;
    }

    private ClusteringReport score(List<GoldArticle> gold, List<SimilarityPair> judged, Map<String, SourceDocument> byText,
                                   Map<String, String> idOfSource, boolean regrouped, double seconds, int processed, List<String> skipped) {
        Map<String, String> idOfText = idsByText(byText, idOfSource);
        StoryReport stories = polynews.stories();
        Grouping grouping = new Grouping(stories);
        Map<String, Label> labels = new LinkedHashMap<>();
        for (GoldArticle g : gold) {
            String id = idOfText.get(g.document().text());
            StoryReport.ArticleSummary article = id == null ? null : grouping.articles.get(id);
            if (article != null) {
                labels.putIfAbsent(id, new Label(g.event(), g.storyline(), article.language()));
            }
        }
        int mixed = (int) idOfText.values().stream().distinct().filter(id -> !labels.containsKey(id)).count();
        return new ClusteringReport(stories.articles().size(), labels.size(), mixed, regrouped, round(seconds),
                round(processed / Math.max(1e-9, seconds)),
                events(grouping, labels), storylines(grouping, labels),
                judged.isEmpty() ? null : judged(grouping, judged, idOfText), skipped, null);
    }

    private record Label(String event, String storyline, String language) {
    }

    /** The predicted event and storyline of every stored article, and their sizes. */
    private static final class Grouping {
        final Map<String, StoryReport.ArticleSummary> articles = new LinkedHashMap<>();
        final Map<String, List<String>> eventMembers = new LinkedHashMap<>();
        final Map<String, Integer> storylineSize = new HashMap<>();
        final Map<String, String> storylineTitle = new HashMap<>();

        Grouping(StoryReport report) {
            for (StoryReport.ArticleSummary a : report.articles()) {
                articles.put(a.id(), a);
                if (a.event() != null) {
                    eventMembers.computeIfAbsent(a.event(), e -> new ArrayList<>()).add(a.id());
                }
                if (a.storyline() != null) {
                    storylineSize.merge(a.storyline(), 1, Integer::sum);
                }
            }
            report.storylines().forEach(s -> storylineTitle.put(s.id(), s.title()));
        }

        String event(String id) {
            return articles.get(id).event();
        }

        String storyline(String id) {
            return articles.get(id).storyline();
        }

        boolean sameEvent(String a, String b) {
            return event(a) != null && event(a).equals(event(b));
        }

        boolean sameStoryline(String a, String b) {
            return storyline(a) != null && storyline(a).equals(storyline(b));
        }
    }

    private static ClusteringReport.Events events(Grouping grouping, Map<String, Label> labels) {
        Map<String, List<String>> trueEvents = new LinkedHashMap<>();
        labels.forEach((id, l) -> {
            if (l.event() != null) {
                trueEvents.computeIfAbsent(l.event(), e -> new ArrayList<>()).add(id);
            }
        });
        Map<String, int[]> byLanguages = new TreeMap<>();
        int[] recall = new int[2];
        for (List<String> members : trueEvents.values()) {
            forEachPair(members, (a, b) -> {
                String la = labels.get(a).language();
                String lb = labels.get(b).language();
                int[] counts = byLanguages.computeIfAbsent(la.compareTo(lb) <= 0 ? la + "-" + lb : lb + "-" + la, k -> new int[2]);
                boolean together = grouping.sameEvent(a, b);
                counts[0]++;
                recall[0]++;
                if (together) {
                    counts[1]++;
                    recall[1]++;
                }
            });
        }
        int[] precisionStoryline = new int[2];
        int[] precisionEvent = new int[2];
        int singletons = 0;
        for (List<String> members : grouping.eventMembers.values()) {
            if (members.size() == 1) {
                singletons++;
            }
            forEachPair(members, (a, b) -> {
                Label la = labels.get(a);
                Label lb = labels.get(b);
                if (la == null && lb == null) {
                    return; // two unlabelled articles: nobody knows
                }
                if (la == null || lb == null || la.storyline() != null && lb.storyline() != null) {
                    precisionStoryline[0]++;
                    if (la != null && lb != null && la.storyline().equals(lb.storyline())) {
                        precisionStoryline[1]++;
                    }
                }
                if (la == null || lb == null || la.event() != null && lb.event() != null) {
                    precisionEvent[0]++;
                    if (la != null && lb != null && la.event().equals(lb.event())) {
                        precisionEvent[1]++;
                    }
                }
            });
        }
        Map<String, ClusteringReport.PairRecall> perLanguages = new LinkedHashMap<>();
        byLanguages.forEach((k, c) -> perLanguages.put(k, new ClusteringReport.PairRecall(c[0], share(c[1], c[0]))));
        return new ClusteringReport.Events(grouping.eventMembers.size(), singletons, recall[0], share(recall[1], recall[0]), perLanguages,
                precision(precisionStoryline[1], precisionStoryline[0]), precision(precisionEvent[1], precisionEvent[0]));
    }

    private static ClusteringReport.Storylines storylines(Grouping grouping, Map<String, Label> labels) {
        Map<String, String> truth = new HashMap<>();
        Map<String, String> predicted = new HashMap<>();
        Map<String, Integer> goldIn = new HashMap<>();
        labels.forEach((id, l) -> {
            String storyline = grouping.storyline(id);
            if (l.storyline() != null) {
                truth.put(id, l.storyline());
            }
            if (storyline != null) {
                predicted.put(id, storyline);
            }
            goldIn.merge(String.valueOf(storyline), 1, Integer::sum);
        });
        BCubed b = BCubed.of(truth, predicted, BCubed.sizes(truth), grouping.storylineSize);
        ClusteringReport.Largest largest = grouping.storylineSize.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ClusteringReport.Largest(e.getKey(), grouping.storylineTitle.get(e.getKey()), e.getValue(), goldIn.getOrDefault(e.getKey(), 0)))
                .orElse(null);
        return new ClusteringReport.Storylines(grouping.storylineSize.size(), round(b.precision()), round(b.recall()), round(b.f1()), largest);
    }

    private static ClusteringReport.Judged judged(Grouping grouping, List<SimilarityPair> judged, Map<String, String> idOfText) {
        int same = 0, sameEvent = 0, sameStoryline = 0, different = 0, together = 0;
        for (SimilarityPair p : judged) {
            Double overall = p.judged().get(Dimension.OVERALL);
            String a = idOfText.get(p.text1());
            String b = idOfText.get(p.text2());
            if (overall == null || a == null || b == null || a.equals(b)) {
                continue; // unjudged, unreadable, or one text twice: nothing to learn from the grouping
            }
            if (overall <= SAME_STORY) {
                same++;
                sameEvent += grouping.sameEvent(a, b) ? 1 : 0;
                sameStoryline += grouping.sameStoryline(a, b) ? 1 : 0;
            } else if (overall >= DIFFERENT) {
                different++;
                together += grouping.sameEvent(a, b) || grouping.sameStoryline(a, b) ? 1 : 0;
            }
        }
        return new ClusteringReport.Judged(same, share(sameEvent, same), share(sameStoryline, same), different, share(together, different));
    }

    private static void forEachPair(List<String> items, BiConsumer<String, String> action) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                action.accept(items.get(i), items.get(j));
            }
        }
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : round(part / (double) whole);
    }

    /** Nothing put together is nothing wrongly put together. */
    private static double precision(int right, int all) {
        return all == 0 ? 1 : share(right, all);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
