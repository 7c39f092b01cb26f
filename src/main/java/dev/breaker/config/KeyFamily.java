package dev.breaker.config;

/**
 * Whose setting a configuration key is: a breaker's, a retry's or a fallback's. Each family has its
 * prefix and its two messages for a value that is not allowed, so that one precedence rule
 * ({@link Precedence}) serves all three.
 */
enum KeyFamily {
    /** {@code breaker.<name>.<key>}, {@code <name>} being the breaker's name; {@code breaker.<key>}. */
    BREAKER("breaker.", Message.INVALID_PROPERTY, Message.INVALID_DEFAULT_PROPERTY),
    /** {@code retry.<name>.<key>}, {@code <name>} being {@code <fully.qualified.Class>.<method>}; {@code retry.<key>}. */
    RETRY("retry.", Message.RETRY_INVALID_PROPERTY, Message.RETRY_INVALID_DEFAULT_PROPERTY),
    /** {@code fallback.<name>.<key>}, {@code <name>} being {@code <fully.qualified.Class>.<method>}; {@code fallback.<key>}. */
    FALLBACK("fallback.", Message.FALLBACK_INVALID_PROPERTY, Message.FALLBACK_INVALID_DEFAULT_PROPERTY);

    private final String prefix;
    private final Message invalidOwn;
    private final Message invalidDefault;

    KeyFamily(String prefix, Message invalidOwn, Message invalidDefault) {
        this.prefix = prefix;
        this.invalidOwn = invalidOwn;
        this.invalidDefault = invalidDefault;
    }

    /** @return what every key of the family starts with, such as {@code breaker.} */
    String prefix() {
        return prefix;
    }

    /** @return the message for a value of {@code <prefix><name>.<key>} that is not allowed: name, key, value, rule */
    Message invalidOwn() {
        return invalidOwn;
    }

    /** @return the message for a value of {@code <prefix><key>} that is not allowed: key, value, rule */
    Message invalidDefault() {
        return invalidDefault;
    }
}
