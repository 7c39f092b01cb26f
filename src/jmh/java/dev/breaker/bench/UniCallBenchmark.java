package dev.breaker.bench;

import dev.breaker.CircuitBreaker;
import dev.breaker.core.EngineAccess;
import dev.breaker.core.StateMachine;
import dev.breaker.mutiny.MutinyCalls;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.AbstractUni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CLOSED path of a method returning a Mutiny {@code Uni}: each call wraps the method's {@code Uni}
 * (as the {@code @Breaker} interceptor does) and subscribes it once, its item already there. Against the
 * floor measured in the same run: the same {@code Uni} subscribed bare, and through Mutiny's own
 * pass-through operators, made per call too. The target: the breaker's wrapper allocates no more per call
 * than Mutiny's cheapest pass-through operator. Run with {@code -prof gc} for bytes per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UniCallBenchmark {
    private static final Consumer<Object> NOTHING = item -> { };

    /** Not final, so the JIT cannot fold the subscription away. */
    private Uni<String> method = Uni.createFrom().item("ok");
    private StateMachine machine;
    /** One subscriber for every subscription, so that no figure counts a subscriber of the benchmark's own. */
    private final Receiver receiver = new Receiver();

    /** Builds a CLOSED breaker. */
    @Setup
    public void setUp() {
        CircuitBreaker breaker = Guards.breaker("uni");
        machine = EngineAccess.machineOf(breaker);
    }

    /** @return the item of the method's {@code Uni}, subscribed bare: the floor of every figure */
    @Benchmark
    public Object bare() {
        AbstractUni.subscribe(method, receiver);
        return receiver.item;
    }

    /** @return the item through {@code onItem().invoke(...)}, made per call: Mutiny's own pass-through */
    @Benchmark
    public Object mutinyInvoke() {
        AbstractUni.subscribe(method.onItem().invoke(NOTHING), receiver);
        return receiver.item;
    }

    /** @return the item through {@code onTermination().invoke(...)}, made per call: another pass-through of Mutiny's */
    @Benchmark
    public Object mutinyOnTermination() {
        AbstractUni.subscribe(method.onTermination().invoke(() -> { }), receiver);
        return receiver.item;
    }

    /** @return the item through the breaker's wrapper, made per call as the interceptor makes it: one call */
    @Benchmark
    @SuppressWarnings("unchecked")
    public Object breaker() {
        AbstractUni.subscribe((Uni<String>) MutinyCalls.guard(machine, method, null), receiver);
        return receiver.item;
    }

    /** Keeps the last item; reused across subscriptions. */
    static final class Receiver implements UniSubscriber<Object> {
        Object item;

        @Override
        public void onSubscribe(UniSubscription subscription) {
        }

        @Override
        public void onItem(Object value) {
            item = value;
        }

        @Override
        public void onFailure(Throwable failure) {
            item = failure;
        }
    }
}
