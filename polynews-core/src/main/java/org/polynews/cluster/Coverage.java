package org.polynews.cluster;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who covered an event or a storyline, and how the story moved between languages.
 *
 * @param articles           articles in all
 * @param sites              distinct sites (an article without a known site counts as its own)
 * @param independentSources sources after collapsing near-copies (syndicated wire text, reposts) into one, and the
 *                           articles of one site into one: how many independent reports there are
 * @param languages          articles per language, most first
 * @param countries          articles per source country (ISO 3166 code), most first: from the country-code domain of the
 *                           article's address, else from its language where one country speaks it
 *                           ({@link CoverageCounter#LANGUAGE_COUNTRIES}); articles of unknown country are not counted
 * @param firstReport        the earliest dated article (null when none is dated)
 * @param followUps          for each other language, its earliest dated article and how many days after the first
 *                           report it came, earliest first
 */
public record Coverage(int articles, int sites, @JsonProperty("independent_sources") int independentSources,
                       Map<String, Integer> languages, Map<String, Integer> countries,
                       @JsonProperty("first_report") Report firstReport, @JsonProperty("follow_ups") List<FollowUp> followUps,
                       Blindspots blindspots) {
    public Coverage {
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
        countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        followUps = List.copyOf(followUps);
        blindspots = blindspots == null ? Blindspots.NONE : blindspots;
    }

    /**
     * Who stayed silent: the languages and source countries whose articles in the store name this story's people,
     * organisations or places in other stories, but have no article in this one; the most such articles first.
     */
    public record Blindspots(List<Silence> languages, List<Silence> countries) {
        public static final Blindspots NONE = new Blindspots(List.of(), List.of());

        public Blindspots {
            languages = List.copyOf(languages);
            countries = List.copyOf(countries);
        }
    }

    /** A language or country ({@code code}) with {@code articles} articles on the story's {@code about} elsewhere. */
    public record Silence(String code, int articles, List<String> about) {
        public Silence {
            about = List.copyOf(about);
        }
    }

    /** This coverage with the blindspots found. */
    public Coverage with(Blindspots found) {
        return new Coverage(articles, sites, independentSources, languages, countries, firstReport, followUps, found);
    }

    /** One article as a report: which, where from, in which language, when. */
    public record Report(String article, String site, String language, LocalDate published) {
    }

    /** The first report in a language after the first report of all. */
    public record FollowUp(String language, String article, String site, LocalDate published, @JsonProperty("days_after") long daysAfter) {
    }

    /**
     * "first in en (Reuters, 2026-03-02), then de +1 day, ar +2 days"; dates are days, so languages that reported on the
     * first day are named together ("first on 2026-03-02 in en, de and ar, then fr +8 days"); null without a dated article.
     */
    public String spread() {
        if (firstReport == null) {
            return null;
        }
        List<String> sameDay = new ArrayList<>(List.of(firstReport.language()));
        List<String> later = new ArrayList<>();
        for (FollowUp f : followUps) {
            if (f.daysAfter() == 0) {
                sameDay.add(f.language());
            } else {
                later.add(f.language() + " +" + f.daysAfter() + (f.daysAfter() == 1 ? " day" : " days"));
            }
        }
        StringBuilder s = new StringBuilder();
        if (sameDay.size() == 1) {
            s.append("first in ").append(firstReport.language()).append(" (")
                    .append(firstReport.site() == null ? "" : firstReport.site() + ", ").append(firstReport.published()).append(')');
        } else {
            Collections.sort(sameDay); // no one of them was first: dates are days
            String last = sameDay.remove(sameDay.size() - 1);
            s.append("first on ").append(firstReport.published()).append(" in ").append(String.join(", ", sameDay)).append(" and ").append(last);
        }
        if (!later.isEmpty()) {
            s.append(", then ").append(String.join(", ", later));
        }
        return s.toString();
    }
}
