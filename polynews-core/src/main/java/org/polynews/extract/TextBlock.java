package org.polynews.extract;

import org.jsoup.nodes.Element;

/**
 * One paragraph of a page's visible text: what a reader sees between two block boundaries.
 *
 * @param text      the text, whitespace collapsed
 * @param linkChars how many of its characters are link text
 * @param element   the innermost block element that holds it
 */
record TextBlock(String text, int linkChars, Element element) {
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
    }
}
