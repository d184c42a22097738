package org.polynews.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A {@link SourceSink} that keeps what it is given, for callers that want the documents as a list. */
public final class CollectingSink implements SourceSink {
    private final List<SourceDocument> documents = new ArrayList<>();
    private final List<SourceProblem> problems = new ArrayList<>();
    private final Map<String, Integer> passedOver = new TreeMap<>();

    @Override
    public void accept(SourceDocument document) {
        documents.add(document);
    }

    @Override
    public void skip(SourceProblem problem) {
        problems.add(problem);
    }

    @Override
    public void passOver(String source, String why) {
        passedOver.merge(why, 1, Integer::sum);
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    public List<SourceProblem> problems() {
        return problems;
    }

    /** How many parts of the inputs were passed over, by kind. */
    public Map<String, Integer> passedOver() {
        return passedOver;
    }
}
