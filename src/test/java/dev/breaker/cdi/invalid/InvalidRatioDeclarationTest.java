package dev.breaker.cdi.invalid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

/**
 * One test per {@code @Breaker} member value of ratio mode or slow calls that stops the deployment
 * (BRK-103), and count windows whose minimum they can never hold (BRK-107, from members, or members and
 * configuration together).
 */
class InvalidRatioDeclarationTest {
    private static final String OWN = InvalidRatioDeclarationTest.class.getName();

    private static String problem(Class<?> bean, String member, String allowed) {
        String name = OWN + "$" + bean.getSimpleName() + ".call";
        return "BRK-103 Circuit breaker '" + name + "': @Breaker(" + member + ") at " + name
                + "() is not allowed: it must be " + allowed;
    }

    private static void assertProblem(Class<?> bean, String member, String allowed) {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(bean))).containsExactly(problem(bean, member, allowed));
    }

    @ApplicationScoped
    static class ZeroRatio {
        @Breaker(failureRatio = 0)
        void call() {
        }
    }

    @ApplicationScoped
    static class NegativeRatio {
        @Breaker(failureRatio = -0.5)
        void call() {
        }
    }

    @ApplicationScoped
    static class RatioAboveOne {
        @Breaker(failureRatio = 1.5)
        void call() {
        }
    }

    @ApplicationScoped
    static class InfiniteRatio {
        @Breaker(failureRatio = Double.POSITIVE_INFINITY)
        void call() {
        }
    }

    @Test
    void failureRatioOutsideItsRange() {
        String allowed = "a number above 0 and at most 1, such as 0.5";
        assertProblem(ZeroRatio.class, "failureRatio = 0.0", allowed);
        assertProblem(NegativeRatio.class, "failureRatio = -0.5", allowed);
        assertProblem(RatioAboveOne.class, "failureRatio = 1.5", allowed);
        assertProblem(InfiniteRatio.class, "failureRatio = Infinity", allowed);
    }

    @ApplicationScoped
    static class ZeroWindow {
        @Breaker(windowSize = 0)
        void call() {
        }
    }

    @ApplicationScoped
    static class HugeWindow {
        @Breaker(windowSize = 100_001)
        void call() {
        }
    }

    @Test
    void windowSizeOutsideItsRange() {
        assertProblem(ZeroWindow.class, "windowSize = 0", "an integer from 1 to 100000");
        assertProblem(HugeWindow.class, "windowSize = 100001", "an integer from 1 to 100000");
    }

    @ApplicationScoped
    static class ZeroSeconds {
        @Breaker(windowSeconds = 0)
        void call() {
        }
    }

    @ApplicationScoped
    static class NegativeSeconds {
        @Breaker(windowSeconds = -5)
        void call() {
        }
    }

    @ApplicationScoped
    static class MoreThanAnHour {
        @Breaker(windowSeconds = 3601)
        void call() {
        }
    }

    @Test
    void windowSecondsOutsideItsRange() {
        String allowed = "a whole number of seconds from 1 to 3600";
        assertProblem(ZeroSeconds.class, "windowSeconds = 0", allowed);
        assertProblem(NegativeSeconds.class, "windowSeconds = -5", allowed);
        assertProblem(MoreThanAnHour.class, "windowSeconds = 3601", allowed);
    }

    @ApplicationScoped
    static class ZeroMinimum {
        @Breaker(minimumCalls = 0)
        void call() {
        }
    }

    @ApplicationScoped
    static class NegativeMinimum {
        @Breaker(minimumCalls = -1)
        void call() {
        }
    }

    @Test
    void minimumCallsBelowOne() {
        assertProblem(ZeroMinimum.class, "minimumCalls = 0", "an integer from 1 to 2147483647");
        assertProblem(NegativeMinimum.class, "minimumCalls = -1", "an integer from 1 to 2147483647");
    }

    @ApplicationScoped
    static class ZeroSlowCall {
        @Breaker(slowCallMillis = 0)
        void call() {
        }
    }

    @ApplicationScoped
    static class NegativeSlowCall {
        @Breaker(slowCallMillis = -250)
        void call() {
        }
    }

    @Test
    void slowCallMillisBelowOne() {
        String allowed = "a whole number of milliseconds, at least 1";
        assertProblem(ZeroSlowCall.class, "slowCallMillis = 0", allowed);
        assertProblem(NegativeSlowCall.class, "slowCallMillis = -250", allowed);
    }

    @ApplicationScoped
    @Breaker(name = "ledger", failureRatio = 2, windowSize = 0)
    static class TwoProblemsOnAType {
        void call() {
        }
    }

    @Test
    void everyMemberNotAllowedIsReportedOnAType() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(TwoProblemsOnAType.class))).containsExactlyInAnyOrder(
                "BRK-103 Circuit breaker 'ledger': @Breaker(failureRatio = 2.0) at class " + OWN
                        + "$TwoProblemsOnAType is not allowed: it must be a number above 0 and at most 1, such as 0.5",
                "BRK-103 Circuit breaker 'ledger': @Breaker(windowSize = 0) at class " + OWN
                        + "$TwoProblemsOnAType is not allowed: it must be an integer from 1 to 100000");
    }

    @ApplicationScoped
    static class MinimumAboveWindow {
        @Breaker(name = "ledger", failureRatio = 0.5, windowSize = 10, minimumCalls = 11)
        void call() {
        }
    }

    @Test
    void aMinimumAboveItsCountWindow() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(MinimumAboveWindow.class))).containsExactly(
                "BRK-107 Circuit breaker 'ledger': minimum-calls = 11 is more than window-size = 10: a count window"
                        + " never holds more than window-size calls, so the breaker could never open; lower"
                        + " minimum-calls, raise window-size, or set window-duration for a time window");
    }

    @ApplicationScoped
    static class MinimumAboveDefaultWindow {
        @Breaker(name = "ledger", minimumCalls = 25)
        void call() {
        }
    }

    @Test
    void aMinimumAboveTheDefaultWindowOnceConfigurationGivesARatio() {
        TestDeployment deployment = TestDeployment.of(MinimumAboveDefaultWindow.class)
                .config("breaker.ledger.failure-ratio", "0.5");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly(
                "BRK-107 Circuit breaker 'ledger': minimum-calls = 25 is more than window-size = 20: a count window"
                        + " never holds more than window-size calls, so the breaker could never open; lower"
                        + " minimum-calls, raise window-size, or set window-duration for a time window");
    }

    @Test
    void noProblemWithoutARatioOrWithATimeWindow() {
        TestDeployment.of(MinimumAboveDefaultWindow.class).startAndStop();
        TestDeployment.of(MinimumAboveWindow.class).config("breaker.ledger.window-duration", "10s").startAndStop();
    }

    @ApplicationScoped
    static class QuoteClient {
        @Breaker(name = "exchange-api", failureRatio = 0.5, windowSeconds = 10)
        String quote() {
            return "quote";
        }
    }

    @ApplicationScoped
    static class TickerClient {
        @Breaker(name = "exchange-api", failureRatio = 0.25)
        String ticker() {
            return "ticker";
        }
    }

    @Test
    void oneBreakerDeclaredWithDifferentRatios() {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(QuoteClient.class, TickerClient.class)))
                .singleElement().asString()
                .isEqualTo("BRK-201 Circuit breaker 'exchange-api': failureRatio is 0.5 at " + OWN
                        + "$QuoteClient.quote() but 0.25 at " + OWN + "$TickerClient.ticker(); every declaration of one"
                        + " breaker must give the same value, or leave the member out");
    }
}
