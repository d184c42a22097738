package org.polynews.analyze;

/**
 * A place named in an article.
 *
 * @param place    the place, the same in every language
 * @param surface  how the article first wrote it
 * @param mentions how often it is named
 */
public record PlaceMention(Place place, String surface, int mentions) {
}
