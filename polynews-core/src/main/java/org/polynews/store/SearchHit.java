package org.polynews.store;

/** A search result: an article id, its relevance, and the passage that matched. */
public record SearchHit(String id, double score, Snippet snippet) {
}
