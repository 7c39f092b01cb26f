package dev.breaker.deployment;

import java.util.Optional;

/**
 * What {@link FallbackRule} decided for one {@code @WithFallback} method: the fallback method, or the
 * problem that prevents one.
 *
 * @param method the fallback method; empty when there is a problem
 * @param problem the message; empty when the fallback fits
 */
public record FallbackVerdict(Optional<FallbackMethod> method, Optional<String> problem) {
    static FallbackVerdict found(FallbackMethod method) {
        return new FallbackVerdict(Optional.of(method), Optional.empty());
    }

    static FallbackVerdict failed(String problem) {
        return new FallbackVerdict(Optional.empty(), Optional.of(problem));
    }

    /**
     * @return the fallback method
     * @throws IllegalStateException with the problem as its message, when there is no fitting one
     */
    public FallbackMethod orThrow() {
        return method.orElseThrow(() -> new IllegalStateException(problem.orElse("no fallback method")));
    }
}
