package dev.breaker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FallbackResolverTest {
    private static final String NAME = "com.acme.Client.quote";

    private static FallbackResolver resolverOf(Map<String, String> properties) {
        return new FallbackResolver(key -> Optional.ofNullable(properties.get(key)));
    }

    @Test
    void onUnlessConfigurationSaysOtherwiseMostSpecificFirst() {
        assertThat(resolverOf(Map.of()).isEnabled(NAME)).isTrue();
        assertThat(resolverOf(Map.of("fallback.enabled", "false")).isEnabled(NAME)).isFalse();
        assertThat(resolverOf(Map.of("fallback.enabled", "false", "fallback." + NAME + ".enabled", " true "))
                .isEnabled(NAME)).isTrue();
        assertThat(resolverOf(Map.of("fallback." + NAME + ".enabled", "false")).isEnabled("com.acme.Client.other"))
                .isTrue();
    }

    @Test
    void aValueOtherThanTrueOrFalseIsAProblemNeverReadAsFalse() {
        FallbackResolver resolver = resolverOf(Map.of("fallback." + NAME + ".enabled", "ture"));
        String problem = "BRK-601 Fallback of " + NAME + ": fallback." + NAME + ".enabled = \"ture\" is not allowed:"
                + " it must be true or false";
        assertThat(resolver.problems(NAME)).containsExactly(problem);
        assertThatThrownBy(() -> resolver.isEnabled(NAME)).hasMessage(problem);
    }

    @Test
    void aBadDefaultIsFoundEvenWhereEveryMethodOverridesIt() {
        FallbackResolver resolver = resolverOf(Map.of("fallback.enabled", "0", "fallback." + NAME + ".enabled", "true"));
        assertThat(resolver.problems(NAME)).isEmpty();
        assertThat(resolver.checkDefaults()).containsExactly("BRK-602 Every fallback: fallback.enabled = \"0\" (the"
                + " default of every @WithFallback method) is not allowed: it must be true or false");
    }

    @Test
    void everyCompanionMessageHasItsOwnId() {
        // One catalogue: the companions' messages are the 5xx to 8xx, the whole application's the 9xx, named
        // after what they are about.
        java.util.List<Message> companions = java.util.Arrays.stream(Message.values())
                .filter(message -> message.name().matches("(RETRY|FALLBACK|COMPANION)_.*")).toList();
        java.util.List<Message> application = java.util.Arrays.stream(Message.values())
                .filter(message -> message.name().matches("(METRICS_.*|.*_APPLICATION_.*)")).toList();
        assertThat(companions).hasSize(22);
        assertThat(application).hasSize(3);
        assertThat(java.util.Arrays.stream(Message.values()).map(Message::id)).doesNotHaveDuplicates();
        for (Message message : Message.values()) {
            assertThat(message.id()).matches(companions.contains(message) ? "BRK-[5-8]\\d\\d"
                    : application.contains(message) ? "BRK-9\\d\\d" : "BRK-[1-4]\\d\\d");
        }
    }
}
