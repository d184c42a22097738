package org.polynews.extract;

/** Where an article's publication date was found, most trustworthy first. */
public enum DateSource {
    /** A field of the input itself (JSON {@code published}). */
    METADATA,
    /** schema.org JSON-LD ({@code datePublished}). */
    JSON_LD,
    /** An HTML meta tag or {@code <time>} element. */
    META_TAG,
    /** A date in the article's URL (/2016/11/14/). */
    URL,
    /** A date line in the visible text near the headline or byline. */
    TEXT,
    /** The day a web archive fetched the page (WARC-Date): the page gave no date of its own. */
    CAPTURED,
    /** No date was found. */
    NONE
}
