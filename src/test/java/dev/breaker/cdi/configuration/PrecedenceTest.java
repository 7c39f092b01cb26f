package dev.breaker.cdi.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.BreakerSettings;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * Most specific first: {@code breaker.<name>.<key>}, then the annotation, then {@code breaker.<key>},
 * then the built-in default.
 */
@EnableWeld
class PrecedenceTest {
    @WeldSetup
    WeldInitiator weld = TestDeployment.of(RatesClient.class)
            .config("breaker.rates.failure-threshold", "7")
            .config("breaker.timeout", "45s")
            .config("breaker.failure-threshold", "9")
            .config("breaker.half-open-max-calls", "2")
            .config("breaker.plain.timeout", "250ms")
            .initiator();

    @Inject
    CircuitBreakerRegistry registry;

    @Test
    void theKeyOfOneBreakerBeatsItsAnnotation() {
        assertThat(registry.get("rates").settings().failureThreshold()).isEqualTo(7);
    }

    @Test
    void theAnnotationBeatsTheDefaultOfEveryBreaker() {
        assertThat(registry.get("rates").settings().timeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void theDefaultOfEveryBreakerBeatsTheBuiltInDefault() {
        BreakerSettings plain = registry.get("plain").settings();
        assertThat(plain.failureThreshold()).isEqualTo(9);
        assertThat(plain.halfOpenMaxCalls()).isEqualTo(2);
        assertThat(registry.get("rates").settings().halfOpenMaxCalls()).isEqualTo(2);
    }

    @Test
    void configurationMaySetATimeoutShorterThanASecond() {
        assertThat(registry.get("plain").settings().timeout()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aBreakerCreatedThroughTheRegistryReadsConfigurationToo() {
        BreakerSettings dynamic = registry.get("created-later").settings();
        assertThat(dynamic.failureThreshold()).isEqualTo(9);
        assertThat(dynamic.timeout()).isEqualTo(Duration.ofSeconds(45));
    }
}
