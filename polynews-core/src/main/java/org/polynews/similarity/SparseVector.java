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
        double squaredNorm = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            keys[n] = hash(e.getKey());
            values[n++] = e.getValue();
            squaredNorm += e.getValue() * e.getValue();
        }
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
        return new SparseVector(Arrays.copyOf(keys, distinct), Arrays.copyOf(values, distinct), squaredNorm);
    }

    /** 64-bit FNV-1a over the term's UTF-16 code units. */
    private static long hash(String term) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
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
