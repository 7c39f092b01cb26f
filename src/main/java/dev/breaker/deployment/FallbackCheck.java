package dev.breaker.deployment;

import java.util.Optional;

/**
 * What {@link FallbackMethodCheck} found for one {@code @WithFallback} method: the fallback method, or
 * the problem that prevents one.
 *
 * @param match the fallback method; empty when there is a problem
 * @param problem the message; empty when the fallback fits
 */
public record FallbackCheck(Optional<FallbackMatch> match, Optional<String> problem) {
    static FallbackCheck found(FallbackMatch match) {
        return new FallbackCheck(Optional.of(match), Optional.empty());
    }

    static FallbackCheck failed(String problem) {
        return new FallbackCheck(Optional.empty(), Optional.of(problem));
    }

    /**
     * @return the fallback method
     * @throws IllegalStateException with the problem as its message, when there is no fitting one
     */
    public FallbackMatch orThrow() {
        return match.orElseThrow(() -> new IllegalStateException(problem.orElse("no fallback method")));
    }
}
