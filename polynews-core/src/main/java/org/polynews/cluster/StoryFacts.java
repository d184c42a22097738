package org.polynews.cluster;

import org.polynews.analyze.Entity;
import org.polynews.store.ArticleDigest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Makes the {@link EventFacts} and {@link StorylineFacts} of events and storylines from their articles' digests. */
final class StoryFacts {
    private final CoverageCounter coverage;

    StoryFacts(List<ClusterSnapshot.NearCopy> nearCopies) {
        this.coverage = new CoverageCounter(nearCopies);
    }

    /** An event's facts from the digests of its articles in the order they joined; null when none is stored. */
    EventFacts event(List<ArticleDigest> members) {
        if (members.isEmpty()) {
            return null;
        }
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
        return new EventFacts(title, titles, languages, first, sources, coverage.of(members), BlindspotFinder.subjects(members));
    }

    /** An event of a storyline with its facts, as the storyline's facts are made from it. */
    record Member(String id, int articles, EventFacts facts) {
    }

    /**
     * A storyline's facts from its events with an article stored (in the order they joined) and the digests of their
     * articles, event by event; null when it has no such event.
     */
    StorylineFacts storyline(List<Member> members, List<ArticleDigest> articles) {
        if (members.isEmpty()) {
            return null;
        }
        Comparator<Member> byFirstPublished = Comparator.comparing(m -> m.facts().firstPublished(), Comparator.nullsLast(Comparator.naturalOrder()));
        List<String> events = members.stream().sorted(byFirstPublished).map(Member::id).toList();
        LocalDate first = members.stream().map(m -> m.facts().firstPublished()).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = members.stream().map(m -> m.facts().firstPublished()).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Set<String> languages = new TreeSet<>();
        members.forEach(m -> languages.addAll(m.facts().languages()));
        Title title = storylineTitle(articles, members);
        return new StorylineFacts(events, title.title(), title.byLanguage(), first, last, List.copyOf(languages), coverage.of(articles),
                BlindspotFinder.subjects(articles));
    }

    private record Title(String title, Map<String, String> byLanguage) {
    }

    /** The event that tells a storyline most fully: the most articles, then the most languages, then the earliest. */
    private static final Comparator<Member> BEST_COVERED = Comparator
            .comparingInt(Member::articles)
            .thenComparingInt((Member m) -> m.facts().languages().size()).reversed()
            .thenComparing(m -> m.facts().firstPublished(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Member::id);

    /**
     * A storyline is titled by the headline of its best-covered event and the people and organisations most of its
     * articles mention (up to three, those the headline does not already say), each as the reader's language writes it where an
     * article in that language has the headline or the name.
     */
    private static Title storylineTitle(List<ArticleDigest> articles, List<Member> events) {
        EventFacts best = events.stream().min(BEST_COVERED).orElseThrow().facts();
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
