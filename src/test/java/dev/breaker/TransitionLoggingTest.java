package dev.breaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.testing.Calls;
import dev.breaker.testing.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** State changes are logged: OPEN at WARNING, the others at INFO; a listener that throws at SEVERE. */
class TransitionLoggingTest {
    private final Logger logger = Logger.getLogger("dev.breaker");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logged) {
            records.add(logged);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void capture() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        logger.setLevel(previous);
    }

    @Test
    void opensAtWarningAndTheRestAtInfo() {
        FakeClock clock = FakeClock.atZero();
        CircuitBreaker breaker = CircuitBreaker.builder("logged").failureThreshold(1)
                .timeout(Duration.ofSeconds(1)).clock(clock).build();
        Calls.fail(breaker);
        clock.advance(Duration.ofSeconds(1));
        breaker.state();
        breaker.reset();

        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.INFO, Level.INFO);
        assertThat(records).extracting(LogRecord::getParameters)
                .containsExactly(new Object[] {"logged", CircuitState.CLOSED, CircuitState.OPEN},
                        new Object[] {"logged", CircuitState.OPEN, CircuitState.HALF_OPEN},
                        new Object[] {"logged", CircuitState.HALF_OPEN, CircuitState.CLOSED});
    }

    @Test
    void aListenerThatThrowsIsLoggedWithItsFailure() {
        IllegalStateException bug = new IllegalStateException("listener bug");
        CircuitBreaker breaker = CircuitBreaker.builder("listener-logged").failureThreshold(1)
                .clock(FakeClock.atZero()).listener(change -> {
                    throw bug;
                }).build();
        Calls.fail(breaker);
        assertThat(records).filteredOn(logged -> logged.getLevel() == Level.SEVERE)
                .singleElement().satisfies(logged -> {
                    assertThat(logged.getThrown()).isSameAs(bug);
                    assertThat(logged.getMessage()).contains("listener-logged");
                });
    }

    @Test
    void nothingIsFormattedWhenTheLevelIsOff() {
        logger.setLevel(Level.OFF);
        CircuitBreaker breaker = CircuitBreaker.builder("silent").failureThreshold(1).clock(FakeClock.atZero()).build();
        Calls.fail(breaker);
        assertThat(records).isEmpty();
    }
}
