package dev.breaker.config;

import java.util.Optional;
import java.util.function.Function;

/**
 * How a setting is written in configuration: how its text is read, and what it allows in words, for
 * the message when it is not allowed.
 *
 * @param allowed what the key allows, in words, with examples of how to write it
 * @param parser reads a configured text into a value the key allows; empty when it writes none
 * @param <T> the setting's type
 */
public record TextForm<T>(String allowed, Function<String, Optional<T>> parser) {
    /**
     * @param text a configured value
     * @return the value it writes, when the key allows it; empty otherwise
     */
    public Optional<T> parse(String text) {
        return parser.apply(text);
    }
}
