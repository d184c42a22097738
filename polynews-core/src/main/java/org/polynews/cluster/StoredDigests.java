package org.polynews.cluster;

import org.polynews.store.ArticleDigest;

import java.util.Collection;
import java.util.List;

/** The digests of the stored articles, as the grouping's facts and reports read them. */
public interface StoredDigests {
    /** Every stored article's, in ingest order. */
    List<ArticleDigest> all();

    /** Those of these articles that are stored, in the order given. */
    List<ArticleDigest> of(List<String> ids);

    /** Those of these articles that are stored, in ingest order. */
    List<ArticleDigest> inIngestOrder(Collection<String> ids);
}
