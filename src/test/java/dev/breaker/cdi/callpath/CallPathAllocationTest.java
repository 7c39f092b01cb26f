package dev.breaker.cdi.callpath;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.function.IntUnaryOperator;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * A call through {@code @Breaker} allocates no more than a call through an interceptor that does
 * nothing: the breaker adds no per-call garbage to what the container itself allocates. (The timing
 * half of this, floor + 20 ns, belongs to the JMH suite.)
 */
@EnableWeld
class CallPathAllocationTest {
    private static final int CALLS = 200_000;

    @WeldSetup
    WeldInitiator weld = TestDeployment.of(PricingService.class, NoOpInterceptor.class).initiator();

    @Inject
    PricingService service;

    @Test
    void theBreakerAllocatesNothingBeyondTheFloor() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        IntUnaryOperator guarded = service::guarded;
        IntUnaryOperator alternating = x -> (x & 1) == 0 ? service.guarded(x) : service.alsoGuarded(x);
        IntUnaryOperator floor = service::floor;
        for (int round = 0; round < 5; round++) { // warm up both paths alike
            run(guarded);
            run(alternating);
            run(floor);
        }
        double floorBytes = leastBytesPerCall(threads, floor);
        double guardedBytes = leastBytesPerCall(threads, guarded);
        double alternatingBytes = leastBytesPerCall(threads, alternating);
        assertThat(guardedBytes).as("bytes per call, floor %.1f", floorBytes).isLessThanOrEqualTo(floorBytes + 1.0);
        assertThat(alternatingBytes).as("two breakers on one bean, floor %.1f", floorBytes)
                .isLessThanOrEqualTo(floorBytes + 1.0);
    }

    /**
     * The least of three rounds: garbage on the call path shows in every round, while a one-off (a loop
     * deoptimised for a while, so that escape analysis no longer removes the container's own objects)
     * shows in one.
     */
    private static double leastBytesPerCall(ThreadMXBean threads, IntUnaryOperator call) {
        double least = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            least = Math.min(least, bytesPerCall(threads, call));
        }
        return least;
    }

    private static double bytesPerCall(ThreadMXBean threads, IntUnaryOperator call) {
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        run(call);
        return (threads.getThreadAllocatedBytes(thread) - before) / (double) CALLS;
    }

    private static int run(IntUnaryOperator call) {
        int sum = 0;
        for (int i = 0; i < CALLS; i++) {
            sum += call.applyAsInt(i);
        }
        return sum;
    }
}
