package org.polynews.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * BCubed precision, recall and F1 of a grouping against a reference, over the items both place: each item scores the
 * share of its predicted group that shares its reference group (precision) and the share of its reference group
 * found in its predicted one (recall); 0 for all three when no item is placed by both.
 */
record BCubed(double precision, double recall, double f1) {
    /**
     * @param reference     each item's reference group
     * @param predicted     each item's predicted group
     * @param referenceSize items in each reference group
     * @param predictedSize items in each predicted group; may count items not in {@code predicted} (articles mixed in
     *                      without labels, which a storyline that swallowed them must answer for)
     */
    static BCubed of(Map<String, String> reference, Map<String, String> predicted, Map<String, Integer> referenceSize,
                     Map<String, Integer> predictedSize) {
        Map<String, Integer> overlap = new HashMap<>();
        reference.forEach((item, group) -> {
            String p = predicted.get(item);
            if (p != null) {
                overlap.merge(p + "\n" + group, 1, Integer::sum);
            }
        });
        double precision = 0;
        double recall = 0;
        int n = 0;
        for (var e : reference.entrySet()) {
            String p = predicted.get(e.getKey());
            if (p == null) {
                continue;
            }
            int both = overlap.get(p + "\n" + e.getValue());
            precision += both / (double) predictedSize.get(p);
            recall += both / (double) referenceSize.get(e.getValue());
            n++;
        }
        precision = n == 0 ? 0 : precision / n;
        recall = n == 0 ? 0 : recall / n;
        return new BCubed(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    /** How many items each group holds. */
    static Map<String, Integer> sizes(Map<String, String> groupOf) {
        Map<String, Integer> out = new HashMap<>();
        groupOf.values().forEach(g -> out.merge(g, 1, Integer::sum));
        return out;
    }
}
