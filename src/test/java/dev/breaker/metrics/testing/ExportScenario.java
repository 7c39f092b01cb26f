package dev.breaker.metrics.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.breaker.BreakerOpenException;
import dev.breaker.CircuitBreakerRegistry;
import dev.breaker.metrics.ExportedMeter;
import dev.breaker.testing.FakeClock;
import jakarta.enterprise.inject.se.SeContainer;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One life of a breaker as every backend must show it: exported from start-up with zeros, opened by
 * failures, rejecting, HALF_OPEN from the clock alone, closed by a trial; a breaker created later, a ratio,
 * a retry and a fallback. Deployed with {@link TradingClient}, {@link FakeClock} and
 * {@link dev.breaker.cdi.testing.RecordingRetryScheduler} (retries wait no real time).
 */
public final class ExportScenario {
    private final SeContainer container;
    private final MeterReader meters;

    /**
     * @param container a running deployment of {@link TradingClient} and {@link FakeClock} with a backend
     * @param meters what the backend shows
     */
    public ExportScenario(SeContainer container, MeterReader meters) {
        this.container = container;
        this.meters = meters;
    }

    /** Runs every step, asserting what the backend shows after each. */
    public void run() throws Exception {
        TradingClient client = container.select(TradingClient.class).get();
        FakeClock clock = container.select(FakeClock.class).get();

        // From start-up, before any call: every breaker, retry and fallback found at deployment, with zeros.
        assertCalls("exchange-api", 0, 0, 0);
        assertState("exchange-api", "closed");
        assertThat(value(ExportedMeter.OPENED, Map.of("name", "exchange-api"))).isZero();
        assertThat(value(ExportedMeter.RETRIES, Map.of("method", TradingClient.QUOTE))).isZero();
        assertThat(value(ExportedMeter.FALLBACK_ANSWERS, Map.of("method", TradingClient.NEWS))).isZero();
        assertThat(value(ExportedMeter.FAILURE_RATIO, Map.of("name", "pricing"))).isZero();
        assertThat(meters.tagSets(ExportedMeter.FAILURE_RATIO)).as("only breakers in ratio mode have a ratio")
                .containsExactly(Map.of("name", "pricing"));

        assertThat(client.ticker()).isEqualTo("BTC");
        client.exchangeDown(true);
        assertThatThrownBy(client::ticker).hasMessage("exchange down");
        assertState("exchange-api", "closed");
        assertThatThrownBy(client::ticker).hasMessage("exchange down");
        assertState("exchange-api", "open");
        assertThat(value(ExportedMeter.OPENED, Map.of("name", "exchange-api"))).isEqualTo(1);

        assertThatThrownBy(client::ticker).isInstanceOf(BreakerOpenException.class);
        assertCalls("exchange-api", 1, 2, 1);

        clock.advance(Duration.ofSeconds(10));
        assertState("exchange-api", "half_open"); // read from the clock: no call has come

        client.exchangeDown(false);
        assertThat(client.ticker()).isEqualTo("BTC");
        assertState("exchange-api", "closed");
        assertCalls("exchange-api", 2, 2, 1);
        assertThat(value(ExportedMeter.OPENED, Map.of("name", "exchange-api"))).isEqualTo(1);

        // A breaker first made through the registry is exported as it is made.
        CircuitBreakerRegistry registry = container.select(CircuitBreakerRegistry.class).get();
        assertThat(value(ExportedMeter.STATE, Map.of("name", "created-later", "state", "closed"))).isNaN();
        registry.get("created-later");
        assertCalls("created-later", 0, 0, 0);
        assertState("created-later", "closed");

        // In ratio mode: the share of failures in the window.
        assertThat(client.price(false)).isEqualTo("42");
        assertThat(value(ExportedMeter.FAILURE_RATIO, Map.of("name", "pricing"))).isZero();
        assertThatThrownBy(() -> client.price(true)).hasMessage("no price");
        assertThat(value(ExportedMeter.FAILURE_RATIO, Map.of("name", "pricing"))).isEqualTo(0.5);
        assertState("pricing", "closed"); // four calls are needed before the ratio opens it

        // Retries: attempts beyond the first; none for a first attempt that succeeds.
        assertThat(client.quote()).isEqualTo("quote");
        assertThat(value(ExportedMeter.RETRIES, Map.of("method", TradingClient.QUOTE))).isZero();
        client.quoteFailsNext(2);
        assertThat(client.quote()).isEqualTo("quote");
        assertThat(value(ExportedMeter.RETRIES, Map.of("method", TradingClient.QUOTE))).isEqualTo(2);

        assertThat(client.news()).isEqualTo("cached news");
        assertThat(client.news()).isEqualTo("cached news");
        assertThat(value(ExportedMeter.FALLBACK_ANSWERS, Map.of("method", TradingClient.NEWS))).isEqualTo(2);
    }

    /** @return the value shown, NaN when the backend shows no such meter */
    private double value(ExportedMeter meter, Map<String, String> tags) {
        OptionalDouble shown = meters.value(meter, tags);
        return shown.isPresent() ? shown.getAsDouble() : Double.NaN;
    }

    private void assertCalls(String name, long successes, long failures, long rejections) {
        assertThat(value(ExportedMeter.CALLS, Map.of("name", name, "outcome", "success"))).as("successes of %s", name)
                .isEqualTo(successes);
        assertThat(value(ExportedMeter.CALLS, Map.of("name", name, "outcome", "failure"))).as("failures of %s", name)
                .isEqualTo(failures);
        assertThat(value(ExportedMeter.CALLS, Map.of("name", name, "outcome", "rejected"))).as("rejections of %s", name)
                .isEqualTo(rejections);
    }

    private void assertState(String name, String current) {
        for (String state : new String[] {"closed", "open", "half_open"}) {
            assertThat(value(ExportedMeter.STATE, Map.of("name", name, "state", state)))
                    .as("state %s of %s", state, name).isEqualTo(state.equals(current) ? 1 : 0);
        }
    }
}
