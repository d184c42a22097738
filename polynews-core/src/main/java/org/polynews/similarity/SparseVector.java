package org.polynews.similarity;

import org.apache.lucene.util.InPlaceMergeSorter;

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

    /** Sorted by key, the weights of equal keys added in the order given (the sort is stable). */
    private static SparseVector sorted(long[] keys, double[] values) {
        int n = keys.length;
        new InPlaceMergeSorter() {
            @Override
            protected int compare(int i, int j) {
                return Long.compare(keys[i], keys[j]);
            }

            @Override
            protected void swap(int i, int j) {
                long k = keys[i];
                keys[i] = keys[j];
                keys[j] = k;
                double v = values[i];
                values[i] = values[j];
                values[j] = v;
            }
        }.sort(0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct > 0 && keys[distinct - 1] == keys[i]) {
                values[distinct - 1] += values[i];
            } else {
                keys[distinct] = keys[i];
                values[distinct++] = values[i];
            }
        }
        double squaredNorm = 0;
        for (int i = 0; i < distinct; i++) {
            squaredNorm += values[i] * values[i];
        }
        return new SparseVector(Arrays.copyOf(keys, distinct), Arrays.copyOf(values, distinct), squaredNorm);
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
