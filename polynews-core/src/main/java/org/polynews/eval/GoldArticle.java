package org.polynews.eval;

import org.polynews.source.SourceDocument;

/**
 * A labelled article of a clustering evaluation.
 *
 * @param id        the file's own id for it
 * @param document  what is ingested (its source is the id)
 * @param event     the true event, or null when unlabelled
 * @param storyline the true storyline, or null when unlabelled
 */
public record GoldArticle(String id, SourceDocument document, String event, String storyline) {
}
