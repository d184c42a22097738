package org.polynews.analyze;

import java.util.List;

/**
 * A named person, organisation or other name found in an article, with the cross-script keys that match
 * it in other languages.
 *
 * @param name     the fullest form seen ("Donald Trump", "دونالد ترامب")
 * @param type     what kind of name it is, as far as the text shows
 * @param keys     {@link NameKeys} skeletons of its words; the last one is the head (the surname)
 * @param mentions how often it is mentioned
 */
public record Entity(String name, Type type, List<String> keys, int mentions) {
    public enum Type { PERSON, ORGANISATION, NAME }

    public Entity {
        keys = List.copyOf(keys);
    }

    public String headKey() {
        return keys.get(keys.size() - 1);
    }
}
