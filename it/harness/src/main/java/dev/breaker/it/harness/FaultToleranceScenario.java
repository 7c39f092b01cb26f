package dev.breaker.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MicroProfile Fault Tolerance's {@code @Retry}, {@code @Fallback} and {@code @Timeout} on the same
 * methods as {@code @Breaker} (the app's {@code FaultTolerantQuotes}): the application deploys, and
 * behaves as the README says. MP FT's interceptor is outside the breaker's: its {@code @Retry} retries
 * the breaker's rejections unless {@code abortOn = BreakerOpenException.class}; its {@code @Fallback}
 * answers failures and rejections while the breaker still counts and opens; its {@code @Timeout} makes
 * the breaker count a failure only when the method ends by throwing (a method that ignores the interrupt
 * and returns is a success), unless the breaker's {@code slowCallMillis} counts the slow call as a
 * failure.
 *
 * <p>Runs on the runtime's {@link SharedServer}, and leaves every breaker it used CLOSED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedServer.class)
public abstract class FaultToleranceScenario implements SharedServerScenario {
    private static final Pattern ELAPSED = Pattern.compile(" ms=(\\d+)$");

    private URI api;

    @BeforeAll
    void start() {
        api = runtime().application();
        HttpAnswer.post(api.resolve("ft/reset"));
    }

    @AfterAll
    void cleanUp() {
        if (api != null) {
            HttpAnswer.post(api.resolve("ft/reset"));
        }
    }

    private String call(String breaker) {
        HttpAnswer answer = HttpAnswer.get(api.resolve("ft/call/" + breaker));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private String breaker(String name) {
        return HttpAnswer.get(api.resolve("ft/breaker/" + name)).body();
    }

    private static String outcome(String answer) {
        return answer.replaceFirst(" ms=\\d+$", "");
    }

    private static long elapsedMillis(String answer) {
        Matcher matcher = ELAPSED.matcher(answer);
        assertThat(matcher.find()).as(answer).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void mpRetryRetriesTheBreakersRejectionsUnlessItAbortsOnThem() {
        assertThat(outcome(call("ft-retry"))).isEqualTo("failed=BreakerOpenException");
        assertThat(breaker("ft-retry")).as("2 failures open it; MP FT's 2 further retries are both rejected")
                .isEqualTo("state=OPEN successes=0 failures=2 rejected=2 runs=2");

        assertThat(outcome(call("ft-retry-abort"))).isEqualTo("failed=BreakerOpenException");
        assertThat(breaker("ft-retry-abort")).as("abortOn = BreakerOpenException.class: one rejection ends it")
                .isEqualTo("state=OPEN successes=0 failures=2 rejected=1 runs=2");
    }

    @Test
    void mpFallbackAnswersFailuresAndRejectionsWhileTheBreakerStillCounts() {
        for (int i = 0; i < 3; i++) {
            assertThat(outcome(call("ft-fallback"))).isEqualTo("answer=fallback answer");
        }
        assertThat(breaker("ft-fallback")).isEqualTo("state=OPEN successes=0 failures=2 rejected=1 runs=2");
    }

    @Test
    void mpTimeoutIsABreakerFailureOnlyWhenTheMethodEndsByThrowing() {
        String interrupted = call("ft-timeout");
        assertThat(outcome(interrupted)).isEqualTo("failed=TimeoutException");
        assertThat(elapsedMillis(interrupted)).as("the timeout interrupted the sleep").isLessThan(1100);
        assertThat(breaker("ft-timeout")).as("the InterruptedException it threw counts")
                .isEqualTo("state=CLOSED successes=0 failures=1 rejected=0 runs=1");

        String ignored = call("ft-timeout-ignored");
        assertThat(outcome(ignored)).isEqualTo("failed=TimeoutException");
        assertThat(elapsedMillis(ignored)).as("the caller waited for the method to return").isGreaterThanOrEqualTo(1150);
        assertThat(breaker("ft-timeout-ignored")).as("it returned normally: a success")
                .isEqualTo("state=CLOSED successes=1 failures=0 rejected=0 runs=1");

        String slow = call("ft-timeout-slow");
        assertThat(outcome(slow)).isEqualTo("failed=TimeoutException");
        assertThat(breaker("ft-timeout-slow")).as("slowCallMillis = 1000 counts the slow return as a failure")
                .isEqualTo("state=CLOSED successes=0 failures=1 rejected=0 runs=1");
    }
}
