package org.polynews.eval;

import org.polynews.Polynews;
import org.polynews.cluster.EventModel;
import org.polynews.cluster.StoryFit;
import org.polynews.cluster.StoryProfile;
import org.polynews.cluster.StorylineModel;
import org.polynews.similarity.Comparison;
import org.polynews.similarity.Dimension;
import org.polynews.store.StoredArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Labelled pairs for fitting the grouping decisions ({@link PairModelTrainer}), measured on a store that holds the
 * labelled articles and the mixed-in ones: the pairs the grouping meets (an article and the candidates the index
 * offers it), labelled by the true events and storylines (the mix is other news), and the judged pairs (same at Overall
 * at most {@link ClusteringEvaluation#SAME_STORY}, different from {@link ClusteringEvaluation#DIFFERENT}). Pairs of a
 * true storyline share a fold group, so cross-validation holds whole stories out.
 */
public final class ClusteringTrainingPairs {
    private final Polynews polynews;
    private final Map<String, GoldArticle> labelOfId = new LinkedHashMap<>();
    private final Set<String> ids;
    private final List<SimilarityPair> judged;
    private final Map<String, String> idOfText;
    private final Map<String, StoredArticle> articles = new HashMap<>();
    private final Map<String, StoryProfile> profiles = new HashMap<>();

    /**
     * @param idOfText the stored id of every text of the files ({@link ClusteringEvaluation#stored})
     */
    public ClusteringTrainingPairs(Polynews polynews, List<GoldArticle> gold, List<SimilarityPair> judged, Map<String, String> idOfText) {
        this.polynews = polynews;
        this.judged = List.copyOf(judged);
        this.idOfText = Map.copyOf(idOfText);
        gold.forEach(g -> {
            String id = idOfText.get(g.document().text());
            if (id != null) {
                labelOfId.putIfAbsent(id, g);
            }
        });
        this.ids = new LinkedHashSet<>(idOfText.values());
    }

    /**
     * Pairs for the event decision: every two articles of one true event (same); each labelled article against its
     * candidates, and each unlabelled one against its labelled candidates (different when of another true storyline
     * or unlabelled; pairs of one storyline but two events are left out: reports of one story days apart may well be
     * one happening); and the judged pairs.
     */
    public List<PairModelTrainer.LabelledPair> eventPairs() {
        List<PairModelTrainer.LabelledPair> pairs = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (List<String> members : trueEvents().values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String a = members.get(i);
                    String b = members.get(j);
                    done.add(a + " " + b);
                    done.add(b + " " + a);
                    pairs.add(event(polynews.score(article(a), article(b)), true, String.valueOf(labelOfId.get(a).storyline())));
                }
            }
        }
        labelOfId.forEach((id, g) -> {
            for (StoredArticle candidate : polynews.groupingCandidates(article(id))) {
                GoldArticle other = labelOfId.get(candidate.id());
                if (!done.add(id + " " + candidate.id()) || other != null && (other.storyline() == null || g.storyline() == null
                        || other.storyline().equals(g.storyline()) && !Objects.equals(other.event(), g.event()))) {
                    continue;
                }
                done.add(candidate.id() + " " + id);
                boolean same = other != null && g.event() != null && g.event().equals(other.event());
                pairs.add(event(polynews.score(article(id), candidate), same, String.valueOf(g.storyline())));
            }
        });
        for (String id : unlabelled()) {
            for (StoredArticle candidate : polynews.groupingCandidates(article(id))) {
                GoldArticle other = labelOfId.get(candidate.id());
                if (other != null && other.storyline() != null && done.add(id + " " + candidate.id())) {
                    done.add(candidate.id() + " " + id);
                    pairs.add(event(polynews.score(article(id), candidate), false, other.storyline()));
                }
            }
        }
        forEachJudged((a, b, same, group) -> pairs.add(event(polynews.score(article(a), article(b)), same, group)));
        return pairs;
    }

    /**
     * Pairs for the storyline decision, compared as grouping compares them (a storyline's profile against an event's):
     * each article of a true event against its true storyline's earlier events (continues), both as told in every
     * language and as told in one other language (a storyline followed in English that an Arabic report continues);
     * each labelled article against its unlabelled candidates, and against another true storyline a candidate belongs
     * to (does not); each unlabelled article against the true storyline of a labelled candidate (does not); and the
     * judged pairs, one article against the other.
     */
    public List<PairModelTrainer.LabelledPair> storylinePairs() {
        List<PairModelTrainer.LabelledPair> pairs = new ArrayList<>();
        Map<String, TrueStoryline> storylines = new HashMap<>();
        List<List<String>> events = new ArrayList<>(trueEvents().values());
        events.sort(Comparator.comparing(members -> firstDate(members), Comparator.nullsLast(Comparator.naturalOrder())));
        for (List<String> members : events) {
            String storyline = labelOfId.get(members.get(0)).storyline();
            if (storyline == null) {
                continue;
            }
            TrueStoryline before = storylines.get(storyline);
            if (before != null) {
                members.forEach(id -> before.fits(profile(id)).forEach(fit -> pairs.add(storyline(fit, true, storyline))));
            }
            TrueStoryline after = storylines.computeIfAbsent(storyline, k -> new TrueStoryline());
            members.forEach(id -> after.add(profile(id)));
        }
        labelOfId.forEach((id, g) -> {
            if (g.storyline() == null) {
                return;
            }
            Set<String> seen = new HashSet<>();
            for (StoredArticle candidate : polynews.groupingCandidates(article(id))) {
                GoldArticle other = labelOfId.get(candidate.id());
                if (other == null && ids.contains(candidate.id())) {
                    pairs.add(storyline(profile(candidate.id()).fit(profile(id)), false, g.storyline()));
                } else if (other != null && other.storyline() != null && !other.storyline().equals(g.storyline())
                        && seen.add(other.storyline()) && storylines.containsKey(other.storyline())) {
                    storylines.get(other.storyline()).fits(profile(id)).forEach(fit -> pairs.add(storyline(fit, false, g.storyline())));
                }
            }
        });
        for (String id : unlabelled()) {
            Set<String> seen = new HashSet<>();
            for (StoredArticle candidate : polynews.groupingCandidates(article(id))) {
                GoldArticle other = labelOfId.get(candidate.id());
                if (other != null && other.storyline() != null && seen.add(other.storyline()) && storylines.containsKey(other.storyline())) {
                    storylines.get(other.storyline()).fits(profile(id)).forEach(fit -> pairs.add(storyline(fit, false, other.storyline())));
                }
            }
        }
        forEachJudged((a, b, same, group) -> pairs.add(storyline(profile(a).fit(profile(b)), same, group)));
        return pairs;
    }

    /** A true storyline's profile so far, in all its languages and in each alone. */
    private static final class TrueStoryline {
        StoryProfile all;
        final Map<String, StoryProfile> byLanguage = new HashMap<>();

        void add(StoryProfile article) {
            all = all == null ? article : all.plus(article);
            byLanguage.merge(language(article), article, StoryProfile::plus);
        }

        /** How an article fits it as told in all languages, and as told in one other language (English, else French). */
        List<StoryFit> fits(StoryProfile article) {
            String other = "en".equals(language(article)) ? "fr" : "en";
            StoryProfile inOther = byLanguage.get(other);
            return inOther == null ? List.of(all.fit(article)) : List.of(all.fit(article), inOther.fit(article));
        }

        private static String language(StoryProfile p) {
            return p.words().keySet().stream().findFirst().map(w -> w.substring(0, w.indexOf(':'))).orElse("");
        }
    }

    private interface JudgedPair {
        void accept(String a, String b, boolean same, String group);
    }

    private void forEachJudged(JudgedPair action) {
        for (SimilarityPair p : judged) {
            Double overall = p.judged().get(Dimension.OVERALL);
            String a = idOfText.get(p.text1());
            String b = idOfText.get(p.text2());
            if (overall == null || a == null || b == null || a.equals(b)
                    || overall > ClusteringEvaluation.SAME_STORY && overall < ClusteringEvaluation.DIFFERENT) {
                continue;
            }
            action.accept(a, b, overall <= ClusteringEvaluation.SAME_STORY, "pair " + p.id());
        }
    }

    /** The stored ids of each true event's articles, in file order. */
    private Map<String, List<String>> trueEvents() {
        Map<String, List<String>> byEvent = new LinkedHashMap<>();
        labelOfId.forEach((id, g) -> {
            if (g.event() != null) {
                byEvent.computeIfAbsent(g.event(), e -> new ArrayList<>()).add(id);
            }
        });
        return byEvent;
    }

    private List<String> unlabelled() {
        return ids.stream().filter(id -> !labelOfId.containsKey(id)).toList();
    }

    private LocalDate firstDate(List<String> members) {
        return members.stream().map(id -> profile(id).first()).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private StoredArticle article(String id) {
        return articles.computeIfAbsent(id, k -> polynews.find(k).orElseThrow());
    }

    private StoryProfile profile(String id) {
        return profiles.computeIfAbsent(id, k -> polynews.profile(article(k)));
    }

    private static PairModelTrainer.LabelledPair event(Comparison c, boolean same, String group) {
        return new PairModelTrainer.LabelledPair(EventModel.values(c), EventModel.kind(c), same, group);
    }

    private static PairModelTrainer.LabelledPair storyline(StoryFit fit, boolean same, String group) {
        return new PairModelTrainer.LabelledPair(StorylineModel.values(fit), StorylineModel.kind(fit), same, group);
    }
}
