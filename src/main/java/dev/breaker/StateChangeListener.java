package dev.breaker;

/**
 * Receives every transition of a breaker, in the thread that caused it, after the transition.
 *
 * <p>A listener that throws is logged and ignored: it never changes the outcome of the call that
 * caused the transition. Keep listeners quick; a slow one delays only that call. Transitions made by
 * different threads may reach a listener in a different order than they happened; {@link
 * BreakerStateChanged#at()} tells the real order.
 */
@FunctionalInterface
public interface StateChangeListener {
    /**
     * Called once for each transition.
     *
     * @param change the transition
     */
    void onStateChange(BreakerStateChanged change);
}
