package org.polynews.similarity;

import java.util.Arrays;
import java.util.Map;

/**
 * Term weights as two arrays sorted by a 64-bit hash of the term, so that a dot product is one merge of two arrays,
 * without hashing, boxing or allocation: the dot products of words and word pieces over maps of boxed weights were most
 * of a comparison's time. Two terms of one article with the same hash count as one (their weights added); with 64 bits
 * that is less likely than one in a billion billion per pair of terms.
 */
final class SparseVector {
    private final long[] keys;
    private final double[] values;
    private final double squaredNorm;

    private SparseVector(long[] keys, double[] values, double squaredNorm) {
        this.keys = keys;
        this.values = values;
        this.squaredNorm = squaredNorm;
    }

    static SparseVector of(Map<String, Double> weights) {
        long[] keys = new long[weights.size()];
        double[] values = new double[weights.size()];
        int n = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            keys[n] = hash(e.getKey(), 0, e.getKey().length());
            values[n++] = e.getValue();
        }
        return sorted(keys, values);
    }

    /**
     * The {@code length}-letter pieces of the terms (the term between two spaces, which mark where a word begins and
     * ends), each weighted by the sum of the weights of the terms it occurs in; terms shorter than a piece have none.
     * Hashed from the terms' letters as they are: an article's thousands of pieces are never made strings.
     */
    static SparseVector ofPieces(Map<String, Double> termWeights, int length) {
        int count = 0;
        for (String term : termWeights.keySet()) {
            count += term.length() >= length ? term.length() + 3 - length : 0;
        }
        long[] keys = new long[count];
        double[] values = new double[count];
        int n = 0;
        for (Map.Entry<String, Double> e : termWeights.entrySet()) {
            String term = e.getKey();
            if (term.length() < length) {
                continue;
            }
            String marked = " " + term + " ";
            for (int i = 0; i + length <= marked.length(); i++) {
                keys[n] = hash(marked, i, i + length);
                values[n++] = e.getValue();
            }
        }
        return sorted(keys, values);
    }

    /**
     * Sorted by key, the weights of equal keys added in the order given. The keys are sorted alone, as primitives, and
     * each weight is then added at its key's place: an in-place merge sort of both arrays was an eighth of grouping's time.
     */
    private static SparseVector sorted(long[] keys, double[] values) {
        long[] distinctKeys = keys.clone();
        Arrays.sort(distinctKeys);
        int distinct = 0;
        for (int i = 0; i < distinctKeys.length; i++) {
            if (distinct == 0 || distinctKeys[distinct - 1] != distinctKeys[i]) {
                distinctKeys[distinct++] = distinctKeys[i];
            }
        }
        double[] sums = new double[distinct];
        for (int i = 0; i < keys.length; i++) {
            sums[Arrays.binarySearch(distinctKeys, 0, distinct, keys[i])] += values[i];
        }
        double squaredNorm = 0;
        for (double v : sums) {
            squaredNorm += v * v;
        }
        return new SparseVector(Arrays.copyOf(distinctKeys, distinct), sums, squaredNorm);
    }

    /** 64-bit FNV-1a over the UTF-16 code units of {@code text} from {@code from} to {@code to}. */
    private static long hash(String text, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    double dot(SparseVector other) {
        long[] a = keys;
        long[] b = other.keys;
        int i = 0;
        int j = 0;
        double dot = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            if (x == y) {
                dot += values[i++] * other.values[j++];
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return dot;
    }

    /** The cosine of the two weightings, 0 when they share nothing. */
    double cosine(SparseVector other) {
        double dot = dot(other);
        return dot == 0 ? 0 : dot / Math.sqrt(squaredNorm * other.squaredNorm);
    }

    int size() {
        return keys.length;
    }
}
