package dev.breaker.core;

/**
 * What a breaker name may be: 1 to {@value #MAX_LENGTH} characters, not all of them blank, none of them
 * a control character (a line break or a NUL would forge log lines and break health output). The same
 * rule for the builder, the registry and {@code @Breaker}.
 */
public final class NameRule {
    /** The longest name allowed. */
    public static final int MAX_LENGTH = 1_000;

    private NameRule() {
    }

    /**
     * @param name a candidate breaker name
     * @return why it is not allowed, in words that fit after "the name", or {@code null} when it is allowed
     */
    public static String problemWith(String name) {
        if (name == null) {
            return "is null";
        }
        if (name.isBlank()) {
            return "is blank";
        }
        if (name.length() > MAX_LENGTH) {
            return "has " + name.length() + " characters, more than " + MAX_LENGTH;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return "has a control character at index " + i;
            }
        }
        return null;
    }

    /**
     * @param name a candidate breaker name
     * @return the name, when it is allowed
     * @throws IllegalArgumentException saying why, when it is not
     */
    public static String requireValid(String name) {
        String problem = problemWith(name);
        if (problem != null) {
            throw new IllegalArgumentException("A circuit breaker name must be 1 to " + MAX_LENGTH
                    + " characters, not blank, with no control character; " + shown(name) + " " + problem
                    + ". Give a name such as \"exchange-api\"");
        }
        return name;
    }

    /**
     * @param name a name to show in a message, allowed or not
     * @return it quoted, cut after 60 characters, with control characters escaped, so that a message
     *     about a hostile name stays one short line
     */
    public static String shown(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder(Math.min(name.length(), 64) + 8).append('"');
        int limit = Math.min(name.length(), 60);
        for (int i = 0; i < limit; i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        shown.append('"');
        if (name.length() > limit) {
            shown.append("... (").append(name.length()).append(" characters)");
        }
        return shown.toString();
    }
}
