package dev.breaker.config;

/**
 * Every configuration key of the whole application, {@code breaker.<key>}: one value for the
 * application, with no form for one breaker and no annotation member. Adding one is one entry here, and
 * one line in the resolver that reads it ({@link MapRejectionsResolver}).
 */
public final class ApplicationKeys {
    /** The keys of the whole application. */
    public static final KeyFamily FAMILY = KeyFamily.ofApplication("breaker.", Message.INVALID_APPLICATION_PROPERTY);

    /**
     * Whether a {@code BreakerOpenException} that escapes a JAX-RS resource method is answered 503 with
     * {@code Retry-After} by the library's exception mapper.
     */
    public static final SettingKey<Boolean> JAXRS_MAP_REJECTIONS = FAMILY.key("jaxrs.map-rejections", Boolean.TRUE,
            SettingText.bool());

    private ApplicationKeys() {
    }
}
