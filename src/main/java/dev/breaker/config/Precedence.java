package dev.breaker.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one rule that decides every setting, of breakers, retries and fallbacks alike, most specific
 * first; the first one set wins:
 * <ol>
 *   <li>{@code <prefix><name>.<key>}, for that breaker or method;</li>
 *   <li>the annotation's member, where given;</li>
 *   <li>{@code <prefix><key>}, the default of all of them;</li>
 *   <li>the built-in default.</li>
 * </ol>
 * A value that is set but not allowed is always a problem, never skipped over: the built-in default
 * stands in for it, so that the other settings are still checked and every problem is found at once.
 */
final class Precedence {
    private final ConfigLookup config;

    /** @param config where configuration is read */
    Precedence(ConfigLookup config) {
        this.config = config;
    }

    /**
     * @param name the breaker's name, or the method's {@code <fully.qualified.Class>.<method>}
     * @param key the setting
     * @param declared what the annotation gives; empty when it leaves the member out, or has none
     * @param builtIn the built-in default
     * @param problems where a value not allowed is reported
     * @param <T> the setting's type, as the key parses it
     * @return the setting's value
     */
    @SuppressWarnings("unchecked") // each key parses its text into the type of its setting
    <T> T decide(String name, ConfigKey key, Optional<T> declared, T builtIn, List<String> problems) {
        String ownKey = key.forName(name);
        Optional<String> own = config.value(ownKey);
        if (own.isPresent()) {
            Optional<?> value = key.parse(own.get());
            if (value.isEmpty()) {
                problems.add(key.family().invalidOwn().format(name, ownKey, own.get(), key.allowed()));
            }
            return value.map(parsed -> (T) parsed).orElse(builtIn);
        }
        if (declared.isPresent()) {
            return declared.get();
        }
        Optional<String> every = config.value(key.forEvery());
        if (every.isPresent()) {
            Optional<?> value = key.parse(every.get());
            if (value.isEmpty()) {
                problems.add(invalidDefault(key, every.get()));
            }
            return value.map(parsed -> (T) parsed).orElse(builtIn);
        }
        return builtIn;
    }

    /**
     * Checks every default of a family, whether or not a breaker or method ends up using it.
     *
     * @param family whose defaults
     * @return a message for each default that is set but not allowed
     */
    List<String> checkDefaults(KeyFamily family) {
        List<String> problems = new ArrayList<>(0);
        for (ConfigKey key : ConfigKey.of(family)) {
            config.value(key.forEvery())
                    .filter(text -> key.parse(text).isEmpty())
                    .ifPresent(text -> problems.add(invalidDefault(key, text)));
        }
        return problems;
    }

    private static String invalidDefault(ConfigKey key, String text) {
        return key.family().invalidDefault().format(key.forEvery(), text, key.allowed());
    }
}
