package org.polynews.similarity;

import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.fst.BytesRefFSTEnum;
import org.apache.lucene.util.fst.FST;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The term weights of an FST in an open-addressing hash table keyed by a 64-bit hash of each term: a lookup is a probe
 * or two instead of a walk through the FST's arcs, which was a third of a long ingest's storing thread. It takes some
 * 20 MB for a million terms, against the FST's few, and about half a second to build, so it is made only for long jobs
 * ({@link BackgroundStatistics}). Terms are not kept, only hashes: two listed terms with one hash are found while
 * building (then there is no table), and an unlisted term taken for a listed one is a chance of one in 10^13 per lookup.
 */
final class HashedTermWeights {
    private static final long EMPTY = 0;
    private final long[] hashes;
    /** Each slot's weight as the FST holds it (hundredths), up to 65,535. */
    private final char[] weights;
    private final int mask;

    private HashedTermWeights(int slots) {
        hashes = new long[slots];
        weights = new char[slots];
        mask = slots - 1;
    }

    /** The FST's terms and weights, or nothing when two terms share a hash or a weight is too large for a slot. */
    static Optional<HashedTermWeights> of(FST<Long> fst) {
        CharsRefBuilder chars = new CharsRefBuilder();
        try {
            int terms = 0;
            for (BytesRefFSTEnum<Long> each = new BytesRefFSTEnum<>(fst); each.next() != null; ) {
                terms++;
            }
            HashedTermWeights table = new HashedTermWeights(Integer.highestOneBit(Math.max(16, terms) * 2 - 1) * 2); // at most half full
            BytesRefFSTEnum<Long> each = new BytesRefFSTEnum<>(fst);
            for (BytesRefFSTEnum.InputOutput<Long> term = each.next(); term != null; term = each.next()) {
                chars.copyUTF8Bytes(term.input);
                if (term.output > Character.MAX_VALUE || !table.put(hash(chars.get()), (char) term.output.longValue())) {
                    return Optional.empty();
                }
            }
            return Optional.of(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // on-heap: does not happen
        }
    }

    /** The term's weight as the FST holds it, or -1 when it is not listed. */
    int get(CharSequence term) {
        long hash = hash(term);
        for (int slot = (int) (hash >>> 32) & mask; ; slot = (slot + 1) & mask) {
            long h = hashes[slot];
            if (h == hash) {
                return weights[slot];
            }
            if (h == EMPTY) {
                return -1;
            }
        }
    }

    /** False when the hash is taken. */
    private boolean put(long hash, char weight) {
        int slot = (int) (hash >>> 32) & mask;
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == hash) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        weights[slot] = weight;
        return true;
    }

    /** FNV-1a over the UTF-16 code units, then mixed as SplitMix64 does (FNV alone leaves close terms close). */
    static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == EMPTY ? 1 : h;
    }
}
