package org.polynews.cluster;

import org.polynews.extract.ScrapedTextExtractor;
import org.polynews.store.ArticleDigest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Counts the {@link Coverage} of some stored articles (an event, a storyline) from their sites, addresses, languages, dates and near-copies. */
final class CoverageCounter {
    /** Languages one country speaks nearly alone: an article in one, on a site of a generic domain, is from there. */
    static final Map<String, String> LANGUAGE_COUNTRIES = Map.ofEntries(
            Map.entry("fa", "IR"), Map.entry("tr", "TR"), Map.entry("pl", "PL"), Map.entry("el", "GR"), Map.entry("he", "IL"),
            Map.entry("ja", "JP"), Map.entry("ko", "KR"), Map.entry("uk", "UA"), Map.entry("it", "IT"), Map.entry("cs", "CZ"),
            Map.entry("hu", "HU"), Map.entry("fi", "FI"), Map.entry("da", "DK"), Map.entry("ro", "RO"), Map.entry("bg", "BG"),
            Map.entry("th", "TH"), Map.entry("vi", "VN"), Map.entry("id", "ID"), Map.entry("hi", "IN"), Map.entry("ur", "PK"));
    /** Two-letter domains sold to anyone (.io, .tv, .co): they say nothing of where a site is. */
    private static final Set<String> GENERIC_COUNTRY_DOMAINS = Set.of("io", "co", "tv", "me", "ai", "fm", "ly", "cc", "ws", "to", "gg",
            "am", "eu", "su", "nu", "tk", "ml", "ga", "cf", "gq");

    /** Each article's near-copies. */
    private final Map<String, Set<String>> copies = new HashMap<>();

    CoverageCounter(List<ClusterSnapshot.NearCopy> nearCopies) {
        for (ClusterSnapshot.NearCopy c : nearCopies) {
            copies.computeIfAbsent(c.first(), k -> new HashSet<>()).add(c.second());
            copies.computeIfAbsent(c.second(), k -> new HashSet<>()).add(c.first());
        }
    }

    Coverage of(List<ArticleDigest> articles) {
        Map<String, Integer> languages = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        Set<String> sites = new HashSet<>();
        for (ArticleDigest a : articles) {
            String language = a.language();
            languages.merge(language, 1, Integer::sum);
            sites.add(site(a));
            String country = country(a.url(), language);
            if (country != null) {
                countries.merge(country, 1, Integer::sum);
            }
        }
        List<ArticleDigest> dated = articles.stream().filter(a -> a.published() != null)
                .sorted(Comparator.comparing(ArticleDigest::published).thenComparing(ArticleDigest::id)).toList();
        Coverage.Report first = null;
        List<Coverage.FollowUp> followUps = new ArrayList<>();
        if (!dated.isEmpty()) {
            ArticleDigest earliest = dated.get(0);
            LocalDate day = earliest.published();
            first = new Coverage.Report(earliest.id(), earliest.site(), earliest.language(), day);
            Set<String> seen = new HashSet<>(Set.of(earliest.language()));
            for (ArticleDigest a : dated) {
                if (seen.add(a.language())) {
                    LocalDate published = a.published();
                    followUps.add(new Coverage.FollowUp(a.language(), a.id(), a.site(), published,
                            ChronoUnit.DAYS.between(day, published)));
                }
            }
        }
        return new Coverage(articles.size(), sites.size(), independentSources(articles), mostFirst(languages), mostFirst(countries), first, followUps,
                null);
    }

    /**
     * Articles that copy one another (near-copies, and copies of copies) are one source, and so are the articles of one
     * site; what is left are the independent reports.
     */
    private int independentSources(List<ArticleDigest> articles) {
        Map<String, ArticleDigest> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        Map<String, String> source = new HashMap<>();
        Set<String> independent = new HashSet<>();
        for (ArticleDigest a : articles) {
            if (source.containsKey(a.id())) {
                continue;
            }
            // the article, its copies within these articles and theirs, are one source, named after the first of them
            String name = "copies:" + a.id();
            List<String> todo = new ArrayList<>(List.of(a.id()));
            while (!todo.isEmpty()) {
                String id = todo.remove(todo.size() - 1);
                if (source.putIfAbsent(id, name) == null) {
                    copies.getOrDefault(id, Set.of()).stream().filter(byId::containsKey).forEach(todo::add);
                }
            }
        }
        for (ArticleDigest a : articles) {
            boolean copied = copies.getOrDefault(a.id(), Set.of()).stream().anyMatch(byId::containsKey);
            independent.add(copied ? source.get(a.id()) : "site:" + site(a));
        }
        return independent.size();
    }

    /** The article's site as a key: its name or host, or the article itself when unknown. */
    private static String site(ArticleDigest a) {
        String site = a.site();
        return site == null || site.isBlank() ? "article:" + a.id() : site.strip().toLowerCase(Locale.ROOT);
    }

    /** The country of the address's country-code domain, else of the language where one country speaks it; null when neither tells. */
    static String country(String url, String language) {
        String host = url == null ? null : ScrapedTextExtractor.host(url);
        if (host != null) {
            String tld = host.substring(host.lastIndexOf('.') + 1);
            if (tld.length() == 2 && tld.chars().allMatch(c -> c >= 'a' && c <= 'z') && !GENERIC_COUNTRY_DOMAINS.contains(tld)) {
                return tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
            }
        }
        return LANGUAGE_COUNTRIES.get(language);
    }

    /** The counts, the largest first (equal ones by key). */
    static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
