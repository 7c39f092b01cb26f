package dev.breaker.core;

import java.util.List;

/**
 * The one rule by which a list of types to include and a list to exclude select a throwable: a
 * breaker's {@code failOn}/{@code skipOn}, a retry's {@code retryOn}/{@code abortOn}, a fallback's
 * {@code applyOn}/{@code skipOn}. An excluded type always wins; otherwise an included type selects, and
 * when none is listed, every instance of the rule's own default type does.
 */
public final class ThrowableRule {
    private ThrowableRule() {
    }

    /**
     * @param throwable what a call threw or failed with, wrappers already removed
     * @param include the types that select it; empty means every instance of {@code whenNoneListed}
     * @param exclude the types that never select it; they win over {@code include}
     * @param whenNoneListed what {@code include} means when empty, such as {@code Throwable.class}
     * @return whether the throwable is selected
     */
    public static boolean selects(Throwable throwable, List<? extends Class<?>> include,
            List<? extends Class<?>> exclude, Class<?> whenNoneListed) {
        if (isInstanceOfAny(exclude, throwable)) {
            return false;
        }
        return include.isEmpty() ? whenNoneListed.isInstance(throwable) : isInstanceOfAny(include, throwable);
    }

    private static boolean isInstanceOfAny(List<? extends Class<?>> types, Throwable throwable) {
        for (int i = 0, n = types.size(); i < n; i++) {
            if (types.get(i).isInstance(throwable)) {
                return true;
            }
        }
        return false;
    }
}
