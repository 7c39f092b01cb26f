package dev.breaker.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Set;
import org.jboss.weld.exceptions.WeldException;
import org.junit.jupiter.api.Test;

/** How a call on a REST client interface is read: its interface method, and its failure behind wrappers. */
class RestClientCallsTest {
    /** A REST client interface (the annotation does not matter here: the deployment named it). */
    interface Rates {
        String rate(String symbol);
    }

    /** As Quarkus generates one: a class implementing the interface, with methods of its own. */
    static class RatesWrapper implements Rates {
        @Override
        public String rate(String symbol) {
            return symbol;
        }

        public void close() {
        }
    }

    /** An application's own class implementing the interface: its own annotations apply. */
    static class FakeRates implements Rates {
        @Override
        public String rate(String symbol) {
            return symbol;
        }
    }

    private final RestClientCalls calls = new RestClientCalls(Set.of(Rates.class.getName()),
            Set.of(RatesWrapper.class.getName()));

    @Test
    void findsTheInterfaceMethodBehindAGeneratedClassAndLeavesOtherMethodsAlone() throws Exception {
        Method rate = Rates.class.getMethod("rate", String.class);
        assertThat(calls.interfaceMethodOf(rate)).isEqualTo(rate);
        assertThat(calls.interfaceMethodOf(RatesWrapper.class.getMethod("rate", String.class))).isEqualTo(rate);
        assertThat(calls.interfaceMethodOf(RatesWrapper.class.getMethod("close"))).isNull();
        assertThat(calls.interfaceMethodOf(Object.class.getMethod("toString"))).isNull();
        assertThat(calls.interfaceMethodOf(FakeRates.class.getMethod("rate", String.class)))
                .as("not a stand-in the deployment found").isNull();
        assertThat(new RestClientCalls(Set.of(), Set.of()).interfaceMethodOf(rate)).as("no REST client deployed")
                .isNull();
    }

    @Test
    void removesTheWrappersPayaraPutsAroundACheckedException() {
        IOException checked = new IOException("down");
        assertThat(RestClientCalls.failureOf(new WeldException(checked))).isSameAs(checked);
        assertThat(RestClientCalls.failureOf(new RuntimeException(checked))).isSameAs(checked);
    }

    @Test
    void keepsEveryOtherThrowableAsItIs() {
        IOException checked = new IOException("down");
        RuntimeException withOwnMessage = new RuntimeException("the application's own", checked);
        IllegalStateException unchecked = new IllegalStateException(checked);
        WeldException aroundUnchecked = new WeldException(new IllegalArgumentException("bad"));
        assertThat(RestClientCalls.failureOf(withOwnMessage)).isSameAs(withOwnMessage);
        assertThat(RestClientCalls.failureOf(unchecked)).isSameAs(unchecked);
        assertThat(RestClientCalls.failureOf(aroundUnchecked)).isSameAs(aroundUnchecked);
        assertThat(RestClientCalls.failureOf(checked)).isSameAs(checked);
        assertThat(RestClientCalls.failureOf(null)).isNull();
    }
}
