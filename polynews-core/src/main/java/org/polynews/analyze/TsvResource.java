package org.polynews.analyze;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A tab-separated table shipped next to a class: its rows, without blank lines and {@code #} comments. */
final class TsvResource {
    private TsvResource() {
    }

    static List<String[]> rows(Class<?> owner, String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(owner.getResourceAsStream(name), name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }
}
