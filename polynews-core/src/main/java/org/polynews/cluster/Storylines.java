package org.polynews.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Storylines are the connected groups of linked events. A storyline is named after its oldest event, so
 * its id stays put as events join it (when two storylines merge, the older id survives).
 */
public final class Storylines {
    /** A storyline: its id and its events, oldest first. */
    public record Storyline(String id, List<String> events) {
        public Storyline {
            events = List.copyOf(events);
        }
    }

    public List<Storyline> build(ClusterSnapshot snapshot) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Long> created = new HashMap<>();
        for (ClusterSnapshot.EventRecord e : snapshot.events()) {
            parent.put(e.id(), e.id());
            created.put(e.id(), e.created());
        }
        for (ClusterSnapshot.EventLink link : snapshot.links()) {
            if (parent.containsKey(link.first()) && parent.containsKey(link.second())) {
                union(parent, created, link.first(), link.second());
            }
        }
        Map<String, List<String>> groups = new HashMap<>();
        snapshot.events().stream()
                .sorted(Comparator.comparingLong(ClusterSnapshot.EventRecord::created))
                .forEach(e -> groups.computeIfAbsent(find(parent, e.id()), k -> new ArrayList<>()).add(e.id()));
        List<Storyline> out = new ArrayList<>();
        for (List<String> events : groups.values()) {
            out.add(new Storyline("s" + events.get(0).substring(1), events));
        }
        out.sort(Comparator.comparingLong(s -> created.get(s.events().get(0))));
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, Map<String, Long> created, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (ra.equals(rb)) {
            return;
        }
        // The older event stays the root, so the storyline keeps the id of its first event.
        if (created.get(ra) <= created.get(rb)) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }
}
