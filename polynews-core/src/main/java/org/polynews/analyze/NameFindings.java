package org.polynews.analyze;

import java.util.List;
import java.util.Map;

/**
 * What name detection found in one text.
 *
 * @param entities   people, organisations and other names
 * @param places     places, resolved to gazetteer entries
 * @param candidates for texts in scripts without capital letters: keys of every content word, to be
 *                   confirmed as names by matching names of other articles
 */
public record NameFindings(List<Entity> entities, List<PlaceMention> places, Map<String, Integer> candidates) {
}
