package org.polynews.eval;

/** How one benchmark page fared; {@code problem} says why nothing could be extracted, when that happened. */
public record PageResult(String id, String file, PageScore score, String problem) {
}
