package dev.breaker.cdi.invalidcompanions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.RetryWithBackoff;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.Dependent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One deployment per invalid setting: each stops the deployment with one message naming method, key, value, rule. */
class InvalidRetryTest {
    private static final String PREFIX = InvalidRetryTest.class.getName() + "$";
    private static final String NAME = PREFIX + "Valid.call";
    private static final String DELAY = "a duration of zero or more: 0, 500ms, 2s, 1m, or ISO-8601 such as PT0.5S"
            + " (a bare number is seconds)";

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSettings")
    void stopsTheDeploymentNamingTheSetting(String setting, TestDeployment deployment, String expected) {
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly(expected);
    }

    @Test
    void reportsEveryProblemAtOnceAndABadDefaultEvenWhereEveryMethodOverridesIt() {
        TestDeployment deployment = TestDeployment.of(NegativeJitter.class).config("retry.jitter", "lots")
                .config("retry." + PREFIX + "NegativeJitter.call.jitter", "0");
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly(
                "BRK-503 @RetryWithBackoff(jitter = -0.1) at " + PREFIX + "NegativeJitter.call() is not allowed:"
                        + " it must be a number from 0 to 1",
                "BRK-502 Every retry: retry.jitter = \"lots\" (the default of every @RetryWithBackoff method) is not"
                        + " allowed: it must be a number from 0 to 1, such as 0.2");
    }

    static Stream<Arguments> invalidSettings() {
        return Stream.of(
                member("maxAttempts = 0", NoAttempts.class, "maxAttempts = 0", "NoAttempts.call()",
                        "an integer from 1 to 2147483647"),
                member("baseDelayMillis = -1", NegativeBaseDelay.class, "baseDelayMillis = -1",
                        "NegativeBaseDelay.call()", "milliseconds, 0 or more"),
                member("multiplier = 0.5", ShrinkingMultiplier.class, "multiplier = 0.5", "ShrinkingMultiplier.call()",
                        "a finite number of at least 1"),
                member("multiplier = Infinity", InfiniteMultiplier.class, "multiplier = Infinity",
                        "InfiniteMultiplier.call()", "a finite number of at least 1"),
                member("maxDelayMillis = -5", NegativeMaxDelay.class, "maxDelayMillis = -5", "NegativeMaxDelay.call()",
                        "milliseconds, 0 or more"),
                member("jitter = 1.5", TooMuchJitter.class, "jitter = 1.5", "TooMuchJitter.call()", "a number from 0 to 1"),
                member("jitter = -0.1", NegativeJitter.class, "jitter = -0.1", "NegativeJitter.call()",
                        "a number from 0 to 1"),
                Arguments.of("a type-level maxAttempts = -3", TestDeployment.of(TypeLevel.class),
                        "BRK-503 @RetryWithBackoff(maxAttempts = -3) at class " + PREFIX + "TypeLevel is not allowed:"
                                + " it must be an integer from 1 to 2147483647"),
                property("max-attempts", "0", "an integer from 1 to 2147483647"),
                property("base-delay", "soon", DELAY),
                property("base-delay", "-1s", DELAY),
                property("multiplier", "NaN", "a number of at least 1, such as 1.5 or 2"),
                property("multiplier", "0.9", "a number of at least 1, such as 1.5 or 2"),
                property("max-delay", "forever", DELAY),
                property("jitter", "2", "a number from 0 to 1, such as 0.2"),
                property("enabled", "yes", "true or false"),
                Arguments.of("a type-level annotation inherited from a superclass, configured",
                        TestDeployment.of(InheritsRetry.class)
                                .config("retry." + PREFIX + "RetriedBase.call.max-attempts", "0"),
                        "BRK-501 Retry of " + PREFIX + "RetriedBase.call: retry." + PREFIX + "RetriedBase.call.max-attempts"
                                + " = \"0\" is not allowed: it must be an integer from 1 to 2147483647"),
                Arguments.of("retry.max-attempts = zero", TestDeployment.of(Valid.class).config("retry.max-attempts", "zero"),
                        "BRK-502 Every retry: retry.max-attempts = \"zero\" (the default of every @RetryWithBackoff"
                                + " method) is not allowed: it must be an integer from 1 to 2147483647"),
                uncovered("a private method", OnPrivate.class, "OnPrivate.call()", "private"),
                uncovered("a static method", OnStatic.class, "OnStatic.call()", "static"),
                uncovered("a final method", OnFinal.class, "OnFinal.call()", "final"),
                Arguments.of("a final method under a type-level annotation", TestDeployment.of(FinalUnderType.class),
                        "BRK-702 @RetryWithBackoff on class " + PREFIX + "FinalUnderType covers " + PREFIX
                                + "FinalUnderType.call(), which is final: a CDI container cannot intercept a final"
                                + " method, so it would never be retried; remove final, or annotate the other methods"
                                + " one by one"),
                Arguments.of("a final class", TestDeployment.of(FinalClass.class),
                        "BRK-703 @RetryWithBackoff in " + PREFIX + "FinalClass is not allowed: the class is final, and"
                                + " a CDI container cannot intercept a final class, so it would never apply; remove final"));
    }

    private static Arguments member(String setting, Class<?> bean, String written, String method, String allowed) {
        return Arguments.of(setting, TestDeployment.of(bean),
                "BRK-503 @RetryWithBackoff(" + written + ") at " + PREFIX + method + " is not allowed: it must be "
                        + allowed);
    }

    private static Arguments property(String key, String value, String allowed) {
        String fullKey = "retry." + NAME + "." + key;
        return Arguments.of(fullKey + " = " + value, TestDeployment.of(Valid.class).config(fullKey, value),
                "BRK-501 Retry of " + NAME + ": " + fullKey + " = \"" + value + "\" is not allowed: it must be "
                        + allowed);
    }

    private static Arguments uncovered(String mistake, Class<?> bean, String method, String modifier) {
        return Arguments.of(mistake, TestDeployment.of(bean), "BRK-701 @RetryWithBackoff on " + PREFIX + method
                + " is not allowed: the method is " + modifier + ", and a CDI container does not intercept " + modifier
                + " methods, so it would never apply");
    }

    @Dependent
    public static class Valid {
        @RetryWithBackoff
        public String call() {
            return "ok";
        }
    }

    @Dependent
    public static class NoAttempts {
        @RetryWithBackoff(maxAttempts = 0)
        public String call() {
            return "ok";
        }
    }

    @Dependent
    public static class NegativeBaseDelay {
        @RetryWithBackoff(baseDelayMillis = -1)
        public String call() {
            return "ok";
        }
    }

    @Dependent
    public static class ShrinkingMultiplier {
        @RetryWithBackoff(multiplier = 0.5)
        public String call() {
            return "ok";
        }
    }

    @Dependent
    public static class InfiniteMultiplier {
        @RetryWithBackoff(multiplier = Double.POSITIVE_INFINITY)
        public String call() {
            return "ok";
        }
    }

    @Dependent
    public static class NegativeMaxDelay {
        @RetryWithBackoff(maxDelayMillis = -5)
        public String call() {
            return "ok";
        }
    }

    @Dependent
    public static class TooMuchJitter {
        @RetryWithBackoff(jitter = 1.5)
        public String call() {
            return "ok";
        }
    }

    @Dependent
    public static class NegativeJitter {
        @RetryWithBackoff(jitter = -0.1)
        public String call() {
            return "ok";
        }
    }

    @Dependent
    @RetryWithBackoff(maxAttempts = -3)
    public static class TypeLevel {
        public String call() {
            return "ok";
        }
    }

    @RetryWithBackoff(maxAttempts = 2)
    public abstract static class RetriedBase {
        public String call() {
            return "ok";
        }
    }

    @Dependent
    public static class InheritsRetry extends RetriedBase {
    }

    @Dependent
    public static class OnPrivate {
        @RetryWithBackoff
        private String call() {
            return "ok";
        }

        public String callIt() {
            return call();
        }
    }

    @Dependent
    public static class OnStatic {
        @RetryWithBackoff
        public static String call() {
            return "ok";
        }
    }

    @Dependent
    public static class OnFinal {
        @RetryWithBackoff
        public final String call() {
            return "ok";
        }
    }

    @Dependent
    @RetryWithBackoff
    public static class FinalUnderType {
        public final String call() {
            return "ok";
        }

        public String other() {
            return "ok";
        }
    }

    @Dependent
    @RetryWithBackoff
    public static final class FinalClass {
        public String call() {
            return "ok";
        }
    }
}
