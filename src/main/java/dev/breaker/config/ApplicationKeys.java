package dev.breaker.config;

/**
 * Every configuration key of the whole application, {@code breaker.<key>}: one value for the
 * application, with no form for one breaker and no annotation member. Adding one is one entry here, and
 * one line in the resolver that reads it ({@link MetricsResolver}).
 */
public final class ApplicationKeys {
    /** The keys of the whole application. */
    public static final KeyFamily FAMILY = KeyFamily.ofApplication("breaker.", Message.INVALID_APPLICATION_PROPERTY);

    /** Which metrics backend the breakers, retries and fallbacks are exported through, if any. */
    public static final SettingKey<MetricsChoice> METRICS = FAMILY.key("metrics", MetricsChoice.AUTO, MetricsChoice.TEXT);

    private ApplicationKeys() {
    }
}
