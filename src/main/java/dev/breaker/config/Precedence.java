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
     * @param declared what the annotation gives; {@link MemberValues#NONE} when there is none
     * @param problems where a value not allowed is reported
     * @param <T> the setting's type
     * @return the setting's value
     */
    <T> T decide(String name, SettingKey<T> key, MemberValues declared, List<String> problems) {
        String ownKey = key.forName(name);
        Optional<String> own = config.value(ownKey);
        if (own.isPresent()) {
            Optional<T> value = key.parse(own.get());
            if (value.isEmpty()) {
                problems.add(key.family().invalidOwn(name, ownKey, own.get(), key.allowed()));
            }
            return value.orElse(key.builtIn());
        }
        Optional<T> given = key.declared(declared);
        if (given.isPresent()) {
            return given.get();
        }
        Optional<String> every = config.value(key.forEvery());
        if (every.isPresent()) {
            Optional<T> value = key.parse(every.get());
            if (value.isEmpty()) {
                problems.add(invalidDefault(key, every.get()));
            }
            return value.orElse(key.builtIn());
        }
        return key.builtIn();
    }

    /**
     * Decides a key of the whole application ({@link ApplicationKeys}): {@code <prefix><key>}, else the
     * built-in default.
     *
     * @param key the setting
     * @param problems where a value not allowed is reported
     * @param <T> the setting's type
     * @return the setting's value
     */
    <T> T decide(SettingKey<T> key, List<String> problems) {
        Optional<String> configured = config.value(key.forEvery());
        if (configured.isEmpty()) {
            return key.builtIn();
        }
        Optional<T> value = key.parse(configured.get());
        if (value.isEmpty()) {
            problems.add(invalidDefault(key, configured.get()));
        }
        return value.orElse(key.builtIn());
    }

    /**
     * Checks every default of a family, whether or not a breaker or method ends up using it.
     *
     * @param family whose defaults
     * @return a message for each default that is set but not allowed
     */
    List<String> checkDefaults(KeyFamily family) {
        List<String> problems = new ArrayList<>(0);
        for (SettingKey<?> key : family.keys()) {
            config.value(key.forEvery())
                    .filter(text -> key.parse(text).isEmpty())
                    .ifPresent(text -> problems.add(invalidDefault(key, text)));
        }
        return problems;
    }

    private static String invalidDefault(SettingKey<?> key, String text) {
        return key.family().invalidDefault(key.forEvery(), text, key.allowed());
    }
}
