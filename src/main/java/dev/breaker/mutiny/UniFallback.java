package dev.breaker.mutiny;

/**
 * The fallback of one call of a {@code Uni} method, as the fallback interceptor resolved it: which
 * failures it answers, and how. Free of Mutiny types, so the interceptor names it without Mutiny.
 */
public interface UniFallback {
    /**
     * @param failure what a subscription failed with
     * @return the failure as the fallback judges and receives it (wrappers of asynchronous code removed)
     */
    Throwable failureOf(Throwable failure);

    /**
     * @param failure as {@link #failureOf} gives it
     * @return whether the fallback answers it
     */
    boolean answers(Throwable failure);

    /**
     * Runs the fallback method.
     *
     * @param failure as {@link #failureOf} gives it
     * @return what it returned: the item, or a {@code Uni} of it when {@link #returnsUni()}
     * @throws Exception what the fallback method threw
     */
    Object answer(Throwable failure) throws Exception;

    /** @return whether the fallback method returns a {@code Uni} to subscribe, rather than the item */
    boolean returnsUni();
}
