package org.polynews.eval;

import org.polynews.extract.Article;

/** What a benchmark expects of one page, and how an extracted article measures up to it. */
public sealed interface Expectation permits ExpectedBody, ExpectedSnippets, ExpectedDate {
    /** @param extracted the article found, or null when extraction found none */
    PageScore score(Article extracted);
}
