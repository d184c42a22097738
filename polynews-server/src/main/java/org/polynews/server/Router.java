package org.polynews.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Finds the route for a request; says 404 for an unknown path and 405 for a known path with another method. */
public final class Router {
    private final List<Route> routes = new ArrayList<>();

    public Router add(Route route) {
        routes.add(route);
        return this;
    }

    public Router get(String template, Handler handler) {
        return add(Route.of("GET", template, false, handler));
    }

    public Router post(String template, Handler handler) {
        return add(Route.of("POST", template, true, handler));
    }

    record Match(Route route, Map<String, String> parameters) {
    }

    Match match(String method, String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Map<String, String> parameters = route.match(path);
            if (parameters == null) {
                continue;
            }
            if (route.method().equals(method) || ("HEAD".equals(method) && "GET".equals(route.method()))) {
                return new Match(route, parameters);
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            throw HttpProblem.notFound("no such resource: " + path);
        }
        throw new HttpProblem(405, method + " is not allowed on " + path + " (allowed: " + String.join(", ", allowed) + ")");
    }
}
