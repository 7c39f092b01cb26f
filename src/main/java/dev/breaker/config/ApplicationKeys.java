package dev.breaker.config;

import java.util.Optional;

/**
 * Every application-wide configuration key, {@code breaker.<key>}: one value for the whole application,
 * with no per-name form and no annotation member. Each names its own message for a value not allowed.
 * Adding a setting is one entry here, and one line in {@link ApplicationResolver}.
 */
public final class ApplicationKeys {
    /** The application-wide keys. */
    public static final KeyFamily FAMILY = KeyFamily.applicationWide("breaker.");

    /**
     * The JNDI name of the {@code ManagedScheduledExecutorService} that asynchronous retries wait on;
     * not set: the container's default one, else Quarkus's, else the library's own threads.
     */
    public static final SettingKey<Optional<String>> RETRY_EXECUTOR = FAMILY.applicationKey("retry-executor",
            Optional.empty(), SettingText.optional(SettingText.jndiName("java:app/concurrent/RetryExecutor")),
            Message.RETRY_EXECUTOR_INVALID);

    private ApplicationKeys() {
    }
}
