package org.polynews.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polynews.cluster.Coverage;

import java.util.List;
import java.util.Map;

/** An event's or storyline's {@link Coverage} as the API gives it: the counts, and the spread between languages as data and as a sentence. */
record CoverageItem(int articles, int sites, @JsonProperty("independent_sources") int independentSources,
                    Map<String, Integer> languages, Map<String, Integer> countries,
                    @JsonProperty("first_report") Coverage.Report firstReport, @JsonProperty("follow_ups") List<Coverage.FollowUp> followUps,
                    String spread, Coverage.Blindspots blindspots) {
    static CoverageItem of(Coverage c) {
        return new CoverageItem(c.articles(), c.sites(), c.independentSources(), c.languages(), c.countries(), c.firstReport(),
                c.followUps(), c.spread(), c.blindspots());
    }
}
