package dev.breaker.config;

import java.util.Locale;

/** The form MicroProfile Config gives a breaker name in an environment variable. */
public final class EnvironmentNames {
    private EnvironmentNames() {
    }

    /**
     * The environment-variable form of a name, as MicroProfile Config folds property names: every
     * character other than a letter or digit becomes {@code _}, and case is ignored (upper-cased here).
     * Two breakers whose names fold to the same form would read each other's variables.
     *
     * @param name a breaker name
     * @return its folded form, e.g. {@code EXCHANGE_API} for {@code exchange-api} and {@code exchange_api}
     */
    public static String of(String name) {
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
