package dev.breaker.cdi.callpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.function.ToIntBiFunction;
import org.assertj.core.api.SoftAssertions;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * Regression: a container makes one interceptor instance per bean instance, and each interceptor used
 * to resolve a method's breaker, retry or fallback again at the first call on its own instance
 * (annotations read by reflection, names built, maps searched). For a {@code @Dependent} or
 * {@code @RequestScoped} bean that is every instance: every request. Resolution must happen once per
 * method for the whole application, so the first call of a new instance costs what a later call costs,
 * as it does through an interceptor that does nothing.
 */
@EnableWeld
class FirstCallOfNewInstanceTest {
    private static final int INSTANCES = 4_000;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 5;

    @WeldSetup
    WeldInitiator weld = TestDeployment.of(DraftQuote.class, NoOpInterceptor.class).initiator();

    @Inject
    Instance<DraftQuote> drafts;

    @Test
    void theFirstCallOfANewInstanceResolvesNothingAgain() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) { // until every path is compiled
            measure(threads);
        }
        // The least of several rounds: a resolution per instance costs hundreds of bytes in every round,
        // while a one-off (a deoptimised loop losing escape analysis, a map inside Weld growing) costs
        // tens of bytes per instance in one round only; one round alone failed CI with 12.8 B of that.
        double[] extra = measure(threads);
        for (int round = 1; round < MEASURED_ROUNDS; round++) {
            double[] next = measure(threads);
            for (int path = 0; path < extra.length; path++) {
                extra[path] = Math.min(extra[path], next[path]);
            }
        }
        // Within a run the floor itself moves by 24 B between JVMs (448 or 472 here, 544 on CI); a name
        // built again per instance alone costs more than the 32 B allowed.
        double limit = extra[0] + 32.0;
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(extra[1]).as("@Breaker: bytes a first call allocates beyond a later one, floor %.1f",
                    extra[0]).isLessThanOrEqualTo(limit);
            softly.assertThat(extra[2]).as("@RetryWithBackoff: bytes a first call allocates beyond a later one,"
                    + " floor %.1f", extra[0]).isLessThanOrEqualTo(limit);
            softly.assertThat(extra[3]).as("@WithFallback: bytes a first call allocates beyond a later one, floor %.1f",
                    extra[0]).isLessThanOrEqualTo(limit);
        });
    }

    /** @return the extra bytes of a first call: through the no-op interceptor, the breaker, the retry, the fallback */
    private double[] measure(ThreadMXBean threads) {
        return new double[] {firstCallExtraBytes(threads, DraftQuote::floor),
            firstCallExtraBytes(threads, DraftQuote::guarded), firstCallExtraBytes(threads, DraftQuote::retried),
            firstCallExtraBytes(threads, DraftQuote::answered)};
    }

    /** Bytes per instance that its first call allocates beyond its second. */
    private double firstCallExtraBytes(ThreadMXBean threads, ToIntBiFunction<DraftQuote, Integer> call) {
        DraftQuote[] fresh = new DraftQuote[INSTANCES];
        for (int i = 0; i < INSTANCES; i++) {
            fresh[i] = drafts.get();
        }
        Integer argument = 7; // boxed once, outside what is measured
        long thread = Thread.currentThread().getId();
        int sum = 0;
        long start = threads.getThreadAllocatedBytes(thread);
        for (DraftQuote draft : fresh) {
            sum += call.applyAsInt(draft, argument);
        }
        long afterFirst = threads.getThreadAllocatedBytes(thread);
        for (DraftQuote draft : fresh) {
            sum += call.applyAsInt(draft, argument);
        }
        long afterSecond = threads.getThreadAllocatedBytes(thread);
        for (DraftQuote draft : fresh) {
            drafts.destroy(draft);
        }
        assertThat(sum).isNotZero();
        return ((afterFirst - start) - (afterSecond - afterFirst)) / (double) INSTANCES;
    }
}
