package org.polynews.source;

import java.util.ArrayList;
import java.util.List;

/** A {@link SourceSink} that keeps what it is given, for callers that want the documents as a list. */
public final class CollectingSink implements SourceSink {
    private final List<SourceDocument> documents = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();

    @Override
    public void accept(SourceDocument document) {
        documents.add(document);
    }

    @Override
    public void skip(SourceProblem problem) {
        problems.add(problem);
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    public List<SourceProblem> problems() {
        return problems;
    }
}
