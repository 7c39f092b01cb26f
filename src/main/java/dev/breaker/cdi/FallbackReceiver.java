package dev.breaker.cdi;

/**
 * What an asynchronous fallback runs on, found on the caller's thread at the call, not on whatever
 * thread the failure comes on later: a REST client that has to be looked up is looked up there, in the
 * caller's context. A failed look-up is kept, and is what the call fails with should the fallback be
 * needed.
 *
 * @param receiver what the fallback method runs on; {@code null} when the look-up failed
 * @param unavailable why there is none; {@code null} when there is one
 */
record FallbackReceiver(Object receiver, RuntimeException unavailable) {
    /**
     * @param fallback the method's fallback
     * @param target the intercepted call's target
     * @return its receiver, or why there is none
     */
    static FallbackReceiver of(MethodFallback fallback, Object target) {
        Object receiver = null;
        RuntimeException unavailable = null;
        try {
            receiver = fallback.receiverOf(target);
        } catch (RuntimeException lookupFailed) {
            unavailable = lookupFailed;
        }
        return new FallbackReceiver(receiver, unavailable); // one allocation site, as Proceeded explains
    }
}
