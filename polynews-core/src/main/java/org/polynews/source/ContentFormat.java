package org.polynews.source;

/** How a document's text is to be read by the extraction stage. */
public enum ContentFormat {
    /** A whole web page. */
    HTML,
    /** Plain text, possibly scraped from a page with its menus and footers still in it. */
    TEXT
}
