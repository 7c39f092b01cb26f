package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library's meters, seen where the runtime shows them (a Prometheus endpoint, an exporter's log):
 * the breaker {@code quotes-api}, its retry and its fallback are there from start-up with zeros; two
 * failures open the breaker ({@code breaker_state{state="open"}} 1, {@code breaker_opened_total} 1); a
 * rejection is counted; the open timeout makes it {@code half_open} with no call; a successful trial
 * closes it; a retry and a fallback's answer are counted.
 *
 * <p>Runs on the runtime's {@link SharedServer}; the breaker {@code quotes-api} ({@code QuoteService} in
 * the app module: two failures, five seconds, one trial) is used by no other scenario, and is CLOSED again
 * when this one ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedServer.class)
public abstract class MetricsScenario implements SharedServerScenario {
    /** The breaker under watch. */
    protected static final String BREAKER = "quotes-api";
    /** The tag {@code method} of the retry's meter. */
    protected static final String RETRIED = "dev.breaker.it.app.QuoteService.retriedQuote";
    /** The tag {@code method} of the fallback's meter. */
    protected static final String FALLBACK = "dev.breaker.it.app.QuoteService.fallbackQuote";
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(5);

    private List<MetricsView> views;
    private URI quotes;

    /**
     * @param server the runtime's shared server (whose log an exporter may write to)
     * @return where this runtime shows the meters; each must show every fact
     */
    protected abstract List<MetricsView> views(ServerProcess server);

    @BeforeAll
    void findViews(ServerProcess server) {
        views = views(server);
        quotes = runtime().application().resolve("quotes/");
    }

    @Test
    @Order(1)
    void everyBreakerRetryAndFallbackIsThereFromStartUpWithZeros() {
        expect(state("closed"), calls(0, 0, 0), List.of(
                new Expected("breaker_opened_total", Map.of("name", BREAKER), 0),
                new Expected("breaker_retry_retries_total", Map.of("method", RETRIED), 0),
                new Expected("breaker_fallback_answers_total", Map.of("method", FALLBACK), 0)));
    }

    @Test
    @Order(2)
    void theMetersFollowTheBreakersLife() {
        step("two failures open the breaker, and it rejects the next call");
        assertThat(HttpAnswer.post(quotes.resolve("dependency?fail=true")).status()).isEqualTo(200);
        assertThat(quote()).isEqualTo(502);
        assertThat(quote()).isEqualTo(502);
        assertThat(quote()).isEqualTo(503);
        expect(state("open"), calls(0, 2, 1), List.of(new Expected("breaker_opened_total", Map.of("name", BREAKER), 1)));

        step("the open timeout passes with no call: half_open");
        expect(state("half_open"));

        step("a successful trial closes it");
        assertThat(HttpAnswer.post(quotes.resolve("dependency?fail=false")).status()).isEqualTo(200);
        assertThat(quote()).isEqualTo(200);
        expect(state("closed"), calls(1, 2, 1), List.of(new Expected("breaker_opened_total", Map.of("name", BREAKER), 1)));
    }

    @Test
    @Order(3)
    void retriesAndFallbackAnswersAreCounted() {
        HttpAnswer retried = HttpAnswer.get(quotes.resolve("retried/EURUSD?glitches=2"));
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        HttpAnswer fallback = HttpAnswer.get(quotes.resolve("fallback/EURUSD"));
        assertThat(fallback.body()).isEqualTo("EURUSD cached");
        expect(List.of(new Expected("breaker_retry_retries_total", Map.of("method", RETRIED), 2),
                new Expected("breaker_fallback_answers_total", Map.of("method", FALLBACK), 1)));
    }

    /** One value a view must show. */
    private record Expected(String metric, Map<String, String> labels, double value) {
        @Override
        public String toString() {
            return metric + labels + " = " + value;
        }
    }

    private int quote() {
        return HttpAnswer.get(quotes.resolve("EURUSD")).status();
    }

    private static List<Expected> state(String current) {
        return List.of("closed", "open", "half_open").stream()
                .map(state -> new Expected("breaker_state", Map.of("name", BREAKER, "state", state),
                        state.equals(current) ? 1 : 0))
                .toList();
    }

    private static List<Expected> calls(long successes, long failures, long rejections) {
        return List.of(new Expected("breaker_calls_total", Map.of("name", BREAKER, "outcome", "success"), successes),
                new Expected("breaker_calls_total", Map.of("name", BREAKER, "outcome", "failure"), failures),
                new Expected("breaker_calls_total", Map.of("name", BREAKER, "outcome", "rejected"), rejections));
    }

    /**
     * Waits until every view shows every value at once, in one scrape or one export: an exporter that pushes
     * shows them at its next export, and a breaker OPEN only for five seconds must be seen open then.
     */
    @SafeVarargs
    private void expect(List<Expected>... groups) {
        List<Expected> all = java.util.Arrays.stream(groups).flatMap(List::stream).toList();
        for (MetricsView view : views) {
            await(all + " in " + view.describe())
                    .atMost(OPEN_TIMEOUT.multipliedBy(5))
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> {
                        List<MetricSample> samples = view.samples();
                        for (Expected expected : all) {
                            Optional<MetricSample> shown = samples.stream()
                                    .filter(sample -> sample.is(expected.metric(), expected.labels())).findFirst();
                            assertThat(shown).as("%s among %s", expected, ours(samples)).isPresent();
                            assertThat(shown.get().value()).as(shown.get().toString()).isEqualTo(expected.value());
                        }
                    });
        }
        System.out.printf("[it] %s: shown by %d view(s): %s%n", runtime().name(), views.size(), all);
    }

    private static List<MetricSample> ours(List<MetricSample> samples) {
        return samples.stream().filter(sample -> sample.name().startsWith("breaker_")).toList();
    }

    private void step(String what) {
        System.out.printf("[it] %s: %s%n", runtime().name(), what);
    }
}
