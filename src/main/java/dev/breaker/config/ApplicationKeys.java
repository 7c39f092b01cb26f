package dev.breaker.config;

import java.util.Optional;

/**
 * Every configuration key of the whole application, {@code breaker.<key>}: one value for the
 * application, with no form for one breaker and no annotation member. Adding one is one entry here: the
 * deployment checks it and its user reads it through {@link ApplicationResolver}.
 */
public final class ApplicationKeys {
    /** The keys of the whole application. */
    public static final KeyFamily FAMILY = KeyFamily.ofApplication("breaker.", Message.INVALID_APPLICATION_PROPERTY);

    /** Which metrics backend the breakers, retries and fallbacks are exported through, if any. */
    public static final SettingKey<MetricsChoice> METRICS = FAMILY.key("metrics", MetricsChoice.AUTO, MetricsChoice.TEXT);

    /**
     * The JNDI name of the {@code ManagedScheduledExecutorService} that asynchronous retries wait on;
     * not set: the container's default one, else Quarkus's, else the library's own threads.
     */
    public static final SettingKey<Optional<String>> RETRY_EXECUTOR = FAMILY.key("retry-executor", Optional.empty(),
            SettingText.optional(SettingText.jndiName("java:app/concurrent/RetryExecutor")));

    /**
     * Whether a {@code BreakerOpenException} that escapes a JAX-RS resource method is answered 503 with
     * {@code Retry-After} by the library's exception mapper.
     */
    public static final SettingKey<Boolean> JAXRS_MAP_REJECTIONS = FAMILY.key("jaxrs.map-rejections", Boolean.TRUE,
            SettingText.bool());

    private ApplicationKeys() {
    }
}
