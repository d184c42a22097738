package org.polynews.cluster;

import org.polynews.analyze.Entity;
import org.polynews.store.ArticleDigest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Turns the grouping and the stored articles into a {@link StoryReport}, events oldest first. */
public final class StoryReporter {
    public StoryReport report(ClusterSnapshot snapshot, List<ArticleDigest> stored) {
        Map<String, ArticleDigest> byId = new LinkedHashMap<>();
        stored.forEach(a -> byId.put(a.id(), a));
        List<ClusterSnapshot.StorylineRecord> lines = snapshot.storylines().stream()
                .sorted(Comparator.comparingLong(ClusterSnapshot.StorylineRecord::created)).toList();
        Map<String, String> storylineOfEvent = new HashMap<>();
        snapshot.events().forEach(e -> storylineOfEvent.put(e.id(), e.storyline()));
        Map<String, ClusterSnapshot.StorylineLink> linkOfEvent = new HashMap<>();
        snapshot.links().forEach(l -> linkOfEvent.put(l.event(), l));
        Map<String, String> eventOfArticle = new HashMap<>();
        CoverageCounter coverage = new CoverageCounter(snapshot.nearCopies());
        BlindspotFinder blindspots = new BlindspotFinder(byId.values());

        List<StoryReport.EventSummary> events = new ArrayList<>();
        Map<String, StoryReport.EventSummary> eventById = new HashMap<>();
        for (ClusterSnapshot.EventRecord e : snapshot.events()) {
            List<ArticleDigest> members = e.articles().stream().map(byId::get).filter(Objects::nonNull).toList();
            if (members.isEmpty()) {
                continue;
            }
            e.articles().forEach(a -> eventOfArticle.put(a, e.id()));
            LocalDate first = members.stream().map(ArticleDigest::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            String title = members.stream().map(ArticleDigest::title).filter(t -> t != null && !t.isBlank()).findFirst()
                    .orElseGet(() -> members.get(0).label());
            Map<String, String> titles = new HashMap<>();
            members.forEach(m -> {
                String t = m.title();
                if (t != null && !t.isBlank()) {
                    titles.putIfAbsent(m.language(), t);
                }
            });
            List<String> languages = members.stream().map(ArticleDigest::language).distinct().sorted().toList();
            List<String> sources = members.stream().map(m -> m.site() != null ? m.site() : m.source()).distinct().toList();
            StoryReport.EventSummary summary = new StoryReport.EventSummary(e.id(), e.articles(), title, languages, first, sources,
                    storylineOfEvent.get(e.id()), linkOfEvent.get(e.id()), coverage.of(members).with(blindspots.of(members)), titles);
            events.add(summary);
            eventById.put(e.id(), summary);
        }
        events.sort(Comparator.comparing(StoryReport.EventSummary::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoryReport.EventSummary::id));

        List<StoryReport.StorylineSummary> storylineSummaries = new ArrayList<>();
        for (ClusterSnapshot.StorylineRecord s : lines) {
            List<StoryReport.EventSummary> members = s.events().stream().map(eventById::get).filter(Objects::nonNull).toList();
            if (members.isEmpty()) {
                continue;
            }
            List<String> eventIds = members.stream()
                    .sorted(Comparator.comparing(StoryReport.EventSummary::firstPublished, Comparator.nullsLast(Comparator.naturalOrder())))
                    .map(StoryReport.EventSummary::id).toList();
            List<ArticleDigest> articles = members.stream().flatMap(m -> m.articles().stream()).map(byId::get).filter(Objects::nonNull).toList();
            LocalDate first = members.stream().map(StoryReport.EventSummary::firstPublished).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = members.stream().map(StoryReport.EventSummary::firstPublished).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            Set<String> languages = new LinkedHashSet<>();
            members.forEach(m -> languages.addAll(m.languages()));
            Title title = storylineTitle(articles, members);
            storylineSummaries.add(new StoryReport.StorylineSummary(s.id(), eventIds, title.title(), first, last,
                    languages.stream().sorted().toList(), coverage.of(articles).with(blindspots.of(articles)), title.byLanguage()));
        }

        List<StoryReport.ArticleSummary> articles = new ArrayList<>();
        for (ArticleDigest a : byId.values()) {
            String event = eventOfArticle.get(a.id());
            articles.add(StoryReport.ArticleSummary.of(a, event, event == null ? null : storylineOfEvent.get(event)));
        }
        return new StoryReport(articles, events, storylineSummaries, snapshot.nearCopies(), snapshot.merged(), snapshot.mergedEvents());
    }

    private record Title(String title, Map<String, String> byLanguage) {
    }

    /** The event that tells a storyline most fully: the most articles, then the most languages, then the earliest. */
    private static final Comparator<StoryReport.EventSummary> BEST_COVERED = Comparator
            .comparingInt((StoryReport.EventSummary e) -> e.articles().size())
            .thenComparingInt(e -> e.languages().size()).reversed()
            .thenComparing(StoryReport.EventSummary::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoryReport.EventSummary::id);

    /**
     * A storyline is titled by the headline of its best-covered event and the people and organisations most of its
     * articles mention (up to three, those the headline does not already say), each as the reader's language writes it where an
     * article in that language has the headline or the name.
     */
    private static Title storylineTitle(List<ArticleDigest> articles, List<StoryReport.EventSummary> events) {
        StoryReport.EventSummary best = events.stream().min(BEST_COVERED).orElseThrow();
        if (events.size() == 1) {
            return new Title(best.title(), best.titles());
        }
        Map<String, Integer> names = new HashMap<>();
        Map<String, Map<String, String>> nameByLanguage = new HashMap<>();
        Map<String, String> nameDisplay = new HashMap<>();
        for (ArticleDigest a : articles) {
            Set<String> counted = new HashSet<>();
            for (ArticleDigest.Name e : a.names()) { // people and organisations: a name of unknown kind ("Cold War") is no key name of a thread
                if (counted.add(e.key())) {
                    names.merge(e.key(), 1, Integer::sum);
                    nameByLanguage.computeIfAbsent(e.key(), k -> new HashMap<>()).putIfAbsent(a.language(), shortName(e));
                }
                // shown as a cased script writes it where one does (a name, not a word that looks like one)
                if (e.name().codePoints().anyMatch(Character::isUpperCase)) {
                    nameDisplay.putIfAbsent(e.key(), shortName(e));
                }
            }
        }
        int half = Math.max(2, (articles.size() + 1) / 2);
        List<String> keys = names.entrySet().stream().filter(e -> e.getValue() >= half)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Map<String, String> byLanguage = new HashMap<>();
        best.titles().forEach((language, headline) -> byLanguage.put(language,
                withNames(headline, keys, k -> nameByLanguage.getOrDefault(k, Map.of()).getOrDefault(language, nameDisplay.get(k)))));
        return new Title(withNames(best.title(), keys, nameDisplay::get), byLanguage);
    }

    /** A headline followed by up to three of the names it does not already say. */
    private static String withNames(String headline, List<String> keys, Function<String, String> display) {
        String lower = headline == null ? "" : headline.toLowerCase(Locale.ROOT);
        List<String> extra = keys.stream().map(display).filter(Objects::nonNull).distinct()
                .filter(n -> !lower.contains(n.toLowerCase(Locale.ROOT))).limit(3).toList();
        if (extra.isEmpty()) {
            return headline;
        }
        return (headline == null ? "" : headline + " — ") + String.join(", ", extra);
    }

    /** A person by family name (al-Assad), an organisation by its whole name (Islamic State). */
    private static String shortName(ArticleDigest.Name e) {
        if (e.type() != Entity.Type.PERSON) {
            return e.name();
        }
        String[] words = e.name().split("\\s+");
        return words[words.length - 1];
    }

}
