package dev.breaker.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The application-wide settings ({@link ApplicationKeys}), decided once at start-up.
 *
 * @param retryExecutor the JNDI name of the scheduler asynchronous retries wait on; empty: the container's
 *     default
 */
public record ResolvedApplication(Optional<String> retryExecutor) {
    /**
     * Checks that every setting is given.
     *
     * @param retryExecutor the JNDI name of the scheduler asynchronous retries wait on; empty: the
     *     container's default
     */
    public ResolvedApplication {
        Objects.requireNonNull(retryExecutor, "retryExecutor");
    }
}
