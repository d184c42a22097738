package org.polynews.server;

/** Answers one route. Throws {@link HttpProblem} for requests it refuses. */
@FunctionalInterface
public interface Handler {
    Reply handle(Request request) throws Exception;
}
