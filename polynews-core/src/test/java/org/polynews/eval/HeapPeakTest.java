package org.polynews.eval;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The heap's peak is seen across collections, and never more than the heap can hold. */
class HeapPeakTest {
    private static volatile Object kept;

    @Test
    void thePeakOfHeldGarbageOutlivesItsCollection() throws InterruptedException {
        try (HeapPeak heap = new HeapPeak()) {
            System.gc();
            heap.reset();
            long before = heap.bytes();
            List<byte[]> chunks = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                chunks.add(new byte[1 << 20]);
            }
            kept = chunks;
            kept = null;
            chunks = null;
            System.gc(); // the 64 MB go; the notification of this collection (delivered on another thread) remembers them
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (heap.bytes() < before + (60L << 20) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(heap.bytes()).as("64 MB were held at once").isGreaterThanOrEqualTo(before + (60L << 20));
            assertThat(heap.bytes()).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
        }
    }
}
