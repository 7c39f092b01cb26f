package dev.breaker.regression.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.inject.se.SeContainer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a breaker whose open timeout is below one second went unremarked, though that timeout is
 * also how long a trial call may run before it counts as failed (a dependency slower than that can never
 * close the breaker). At start-up, such a breaker is now named in one WARNING of the "dev.breaker" logger.
 */
class ShortTimeoutUnwarnedTest {
    private static final Logger BREAKER_LOG = Logger.getLogger("dev.breaker");
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogging() {
        BREAKER_LOG.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        BREAKER_LOG.removeHandler(capture);
    }

    /** @return the WARNINGs (and worse) logged while the deployment started and the breaker was called */
    private List<String> warningsDeploying(String timeout) {
        try (SeContainer container = TestDeployment.of(ShortTimeoutClient.class)
                .config("breaker." + ShortTimeoutClient.BREAKER + ".timeout", timeout).weld().initialize()) {
            assertThat(container.select(ShortTimeoutClient.class).get().call()).isEqualTo("called");
        }
        SimpleFormatter formatter = new SimpleFormatter();
        return records.stream().filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                .map(formatter::formatMessage).toList();
    }

    @Test
    void aTimeoutBelowOneSecondIsWarnedAboutOnceNamingTheBreaker() {
        assertThat(warningsDeploying("250ms")).singleElement().asString()
                .startsWith("Circuit breaker 'short-timeout' has a timeout of 250 ms.")
                .contains("A timeout of at least 1 s is safer");
    }

    @Test
    void aTimeoutOfOneSecondIsNot() {
        assertThat(warningsDeploying("1s")).isEmpty();
    }
}
