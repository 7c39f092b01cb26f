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
 * compare-and-set. So the failures among the last {@code size} outcomes are counted from a few longs
 * (for a window of 100, six), and a failure's index is all the order the window needs: outcomes
 * finishing at the same moment on several threads are in no particular order anyway.
 *
 * <p><b>Races.</b> Two failures racing a success may compute the same index (the two reads that make
 * it are not one step): the second to mark finds the bit set and takes the next free index, so no
 * failure is lost. Each failure decides after marking, from the outcome count read then: of two
 * failures deciding together, the one that reads last sees both marks.
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
    /** Set once the window holds {@code minimumCalls} outcomes: from then on no success can open it. */
    private volatile boolean primed;

    CountWindow(double failureRatio, int minimumCalls, int size) {
        super(failureRatio, minimumCalls);
        this.size = size;
        this.slots = new long[(size + SLOT_BITS - 1) / SLOT_BITS + 1];
    }

    @Override
    boolean successOpens(BreakerClock clock) {
        successes.increment();
        // Without a failure the ratio is 0 and cannot open: a healthy breaker's successes never scan.
        return !primed && (long) FAILURES.getVolatile(this) != 0 && decide();
    }

    @Override
    boolean failureOpens(BreakerClock clock) {
        mark(successes.sum() + (long) FAILURES.getAndAdd(this, 1L));
        return decide();
    }

    /**
     * Applies the rule to the window as it is now. A full window only loses its oldest outcome to a
     * success, so once primed a success can never raise the ratio.
     */
    private boolean decide() {
        long outcomes = successes.sum() + (long) FAILURES.getVolatile(this);
        if (!primed && holdsEnough(outcomes)) {
            primed = true; // written once: every success reads it
        }
        return opens(Math.min(outcomes, size), failuresSince(outcomes - size));
    }

    @Override
    double ratio(BreakerClock clock) {
        long outcomes = successes.sum() + (long) FAILURES.getVolatile(this);
        return ratioOf(Math.min(outcomes, size), failuresSince(outcomes - size));
    }

    /** Marks a failure at {@code index}, or at the next free index if another failure took that one. */
    private void mark(long index) {
        for (long at = index; ; at++) {
            long bucket = at / SLOT_BITS;
            int slot = (int) (bucket % slots.length);
            long bit = 1L << (at % SLOT_BITS);
            while (true) {
                long seen = (long) SLOTS.getVolatile(slots, slot);
                long seenBucket = seen >>> SLOT_BITS;
                if (seenBucket > bucket) {
                    return; // a later bucket holds the slot: this index has left the window already
                }
                long current = seenBucket == bucket ? seen : bucket << SLOT_BITS; // an older bucket has left
                if ((current & bit) != 0) {
                    break; // another failure was given this index: take the next
                }
                if (SLOTS.compareAndSet(slots, slot, seen, current | bit)) {
                    return;
                }
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
