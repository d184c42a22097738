package org.polynews.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One method and path template ({@code /api/events/{id}}) and its handler.
 *
 * @param write whether it changes the store (needs the token when one is set)
 */
public record Route(String method, String template, boolean write, Handler handler, Pattern pattern, List<String> names) {
    private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)}");

    public static Route of(String method, String template, boolean write, Handler handler) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new Route(method, template, write, handler, Pattern.compile(regex.toString()), List.copyOf(names));
    }

    /** The path parameters when {@code path} fits the template, else null. */
    Map<String, String> match(String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), m.group(i + 1));
        }
        return values;
    }
}
