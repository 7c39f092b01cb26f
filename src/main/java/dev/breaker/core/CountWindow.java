package dev.breaker.core;

import dev.breaker.BreakerClock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;

/**
 * A window of the last {@code size} outcomes of a CLOSED period.
 *
 * <p><b>Why successes only count.</b> A success adds one to a striped counter ({@link LongAdder}) and
 * writes nothing else, so threads calling a healthy dependency do not contend, and nothing is
 * allocated. A failure is given the index of the outcome it is (successes so far plus failures so far)
 * and marks that index in a small ring of bit masks: each slot covers {@value #SLOT_BITS} consecutive
 * indices, the bucket number in its high bits, one bit per failed index in its low bits, updated by
 * compare-and-set. So the failures among the last {@code size} outcomes are counted exactly from a few
 * longs (for a window of 100, six), and a failure's index is all the order the window needs: outcomes
 * finishing at the same moment on several threads are in no particular order anyway.
 */
final class CountWindow extends OutcomeWindow {
    /** Indices per slot: the low bits of a slot hold its failure marks, the high bits its bucket number. */
    static final int SLOT_BITS = 20;
    private static final long MASK = (1L << SLOT_BITS) - 1;
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle FAILURES;

    static {
        try {
            FAILURES = MethodHandles.lookup().findVarHandle(CountWindow.class, "failures", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int size;
    private final LongAdder successes = new LongAdder();
    /** Enough slots for {@code size} consecutive indices however they fall across bucket borders. */
    private final long[] slots;
    @SuppressWarnings("unused") // through FAILURES
    private volatile long failures;

    CountWindow(double failureRatio, int minimumCalls, int size) {
        super(failureRatio, minimumCalls);
        this.size = size;
        this.slots = new long[(size + SLOT_BITS - 1) / SLOT_BITS + 1];
    }

    @Override
    void success(BreakerClock clock) {
        successes.increment();
    }

    @Override
    boolean failureOpens(BreakerClock clock) {
        long index = successes.sum() + (long) FAILURES.getAndAdd(this, 1L);
        mark(index);
        long outcomes = index + 1;
        return opens(Math.min(outcomes, size), failuresSince(outcomes - size));
    }

    @Override
    double ratio(BreakerClock clock) {
        long outcomes = successes.sum() + (long) FAILURES.getVolatile(this);
        return ratioOf(Math.min(outcomes, size), failuresSince(outcomes - size));
    }

    private void mark(long index) {
        long bucket = index / SLOT_BITS;
        int slot = (int) (bucket % slots.length);
        long bit = 1L << (index % SLOT_BITS);
        while (true) {
            long seen = (long) SLOTS.getVolatile(slots, slot);
            long seenBucket = seen >>> SLOT_BITS;
            long next;
            if (seenBucket == bucket) {
                next = seen | bit;
            } else if (seenBucket < bucket) {
                next = bucket << SLOT_BITS | bit; // the slot's old bucket has left the window
            } else {
                return; // a later bucket holds the slot: this index has left the window already
            }
            if (SLOTS.compareAndSet(slots, slot, seen, next)) {
                return;
            }
        }
    }

    /** @return the failures marked at indices from {@code first} on */
    private long failuresSince(long first) {
        long count = 0;
        for (int slot = 0; slot < slots.length; slot++) {
            long value = (long) SLOTS.getVolatile(slots, slot);
            long marks = value & MASK;
            if (marks == 0) {
                continue;
            }
            long start = (value >>> SLOT_BITS) * SLOT_BITS;
            if (start >= first) {
                count += Long.bitCount(marks);
            } else if (start + SLOT_BITS > first) {
                count += Long.bitCount(marks >>> (first - start));
            }
        }
        return count;
    }
}
