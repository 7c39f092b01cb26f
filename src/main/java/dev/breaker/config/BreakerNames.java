package dev.breaker.config;

import java.util.Locale;

/** What a breaker name may be, and the form MicroProfile Config gives it in an environment variable. */
public final class BreakerNames {
    private BreakerNames() {
    }

    /**
     * @param name a candidate breaker name
     * @return the name, when it is not null and not blank
     * @throws IllegalArgumentException when it is null or blank
     */
    public static String requireValid(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A circuit breaker name must not be "
                    + (name == null ? "null" : "blank") + "; give a name such as \"exchange-api\"");
        }
        return name;
    }

    /**
     * The environment-variable form of a name, as MicroProfile Config folds property names: every
     * character other than a letter or digit becomes {@code _}, and case is ignored (upper-cased here).
     * Two breakers whose names fold to the same form would read each other's variables.
     *
     * @param name a breaker name
     * @return its folded form, e.g. {@code EXCHANGE_API} for {@code exchange-api} and {@code exchange_api}
     */
    public static String environmentForm(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            folded.append(isAsciiLetterOrDigit(c) ? c : '_');
        }
        return folded.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
