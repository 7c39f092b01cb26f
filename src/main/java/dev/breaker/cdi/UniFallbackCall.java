package dev.breaker.cdi;

import dev.breaker.mutiny.UniFallback;

/**
 * The fallback of one call of a {@code Uni} method: its {@link MethodFallback}, with what it runs on and
 * the call's arguments.
 */
final class UniFallbackCall implements UniFallback {
    private final MethodFallback fallback;
    private final Object receiver;
    private final RuntimeException noReceiver;
    private final Object[] parameters;

    /**
     * @param fallback the method's fallback
     * @param receiver what the fallback runs on ({@link MethodFallback#receiverOf})
     * @param noReceiver why there is none, or {@code null}: then the fallback fails with that
     * @param parameters the call's arguments
     */
    UniFallbackCall(MethodFallback fallback, Object receiver, RuntimeException noReceiver, Object[] parameters) {
        this.fallback = fallback;
        this.receiver = receiver;
        this.noReceiver = noReceiver;
        this.parameters = parameters;
    }

    @Override
    public Throwable failureOf(Throwable failure) {
        return fallback.failureOf(failure);
    }

    @Override
    public boolean answers(Throwable failure) {
        return fallback.answers(failure);
    }

    @Override
    public Object answer(Throwable failure) throws Exception {
        if (noReceiver != null) {
            noReceiver.addSuppressed(failure);
            throw noReceiver;
        }
        return fallback.answer(receiver, parameters, failure);
    }

    @Override
    public boolean returnsUni() {
        return fallback.fallbackReturnsUni;
    }
}
