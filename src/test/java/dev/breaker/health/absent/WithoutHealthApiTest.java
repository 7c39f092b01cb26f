package dev.breaker.health.absent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.Breaker;
import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.CircuitState;
import dev.breaker.cdi.testing.ExtensionPath;
import dev.breaker.cdi.testing.TestDeployment;
import dev.breaker.health.ForBreaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.spi.Bean;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * MicroProfile Health is optional: without its API on the class path (the health-absent execution of
 * pom.xml removes it and SmallRye Health), the library deploys and works, registers nothing about
 * health, and logs nothing alarming.
 */
class WithoutHealthApiTest {
    private final List<LogRecord> alarming = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                alarming.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @ApplicationScoped
    static class ExchangeClient {
        @Breaker(name = "exchange-api", failureThreshold = 1)
        String ticker(boolean fail) {
            if (fail) {
                throw new IllegalStateException("down");
            }
            return "BTC";
        }
    }

    @BeforeAll
    static void theHealthApiIsAbsent() {
        assertThatThrownBy(() -> Class.forName("org.eclipse.microprofile.health.HealthCheck"))
                .as("run by the health-absent execution of pom.xml").isInstanceOf(ClassNotFoundException.class);
    }

    @BeforeEach
    void recordWarnings() {
        Logger.getLogger("").addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        Logger.getLogger("").removeHandler(recorder);
    }

    @ParameterizedTest
    @EnumSource(ExtensionPath.class)
    void theLibraryDeploysWorksAndRegistersNothingAboutHealth(ExtensionPath path) {
        try (SeContainer container = TestDeployment.of(ExchangeClient.class).through(path).weld().initialize()) {
            ExchangeClient client = container.select(ExchangeClient.class).get();
            assertThat(client.ticker(false)).isEqualTo("BTC");
            assertThatThrownBy(() -> client.ticker(true)).hasMessage("down");
            assertThatThrownBy(() -> client.ticker(false)).isInstanceOf(BreakerOpenException.class);
            CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
            assertThat(registry.get("exchange-api").state()).isEqualTo(CircuitState.OPEN);

            for (Bean<?> bean : container.getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                assertThat(bean.getTypes()).extracting(Type::getTypeName)
                        .noneMatch(name -> name.startsWith("org.eclipse.microprofile.health."));
                assertThat(bean.getBeanClass().getPackageName()).as("a health check bean")
                        .isNotEqualTo("dev.breaker.health");
                assertThat(bean.getQualifiers()).noneMatch(qualifier -> qualifier instanceof ForBreaker);
            }
        }
        assertThat(alarming).as("warnings and errors logged")
                .allSatisfy(record -> assertThat(record.getMessage()).as(record.getLoggerName())
                        .startsWith("Circuit breaker ''{0}'' changed from"));
    }
}
