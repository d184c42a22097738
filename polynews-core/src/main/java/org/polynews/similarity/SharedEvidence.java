package org.polynews.similarity;

import java.util.List;

/**
 * What two compared articles have in common, as each of them writes it, so that both texts can be marked.
 *
 * @param names            people, organisations and other names both mention
 * @param places           places both name
 * @param passagesInFirst  sentences of the first article that share a run of words with the second
 * @param passagesInSecond the same, the other way round
 */
public record SharedEvidence(List<Shared> names, List<Shared> places, List<String> passagesInFirst, List<String> passagesInSecond) {
    public static final SharedEvidence NONE = new SharedEvidence(List.of(), List.of(), List.of(), List.of());

    public SharedEvidence {
        names = List.copyOf(names);
        places = List.copyOf(places);
        passagesInFirst = List.copyOf(passagesInFirst);
        passagesInSecond = List.copyOf(passagesInSecond);
    }

    /**
     * One shared name or place.
     *
     * @param name     how it is shown (the place's own name, or the name as the first article writes it)
     * @param inFirst  as the first article writes it
     * @param inSecond as the second article writes it
     */
    public record Shared(String name, String inFirst, String inSecond) {
        String shown() {
            return inFirst.equals(inSecond) ? name : name + " = " + inSecond;
        }
    }
}
