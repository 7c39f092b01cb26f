package dev.breaker.cdi.invalidcompanions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.WithFallback;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import jakarta.enterprise.context.Dependent;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One deployment per mistake: each stops the deployment with one message that names the method. */
class InvalidFallbackTest {
    private static final String PREFIX = InvalidFallbackTest.class.getName() + "$";

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void stopsTheDeploymentNamingTheMethod(String mistake, TestDeployment deployment, String expected) {
        assertThat(DeploymentFailure.problemsOf(deployment)).containsExactly(expected);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("a missing fallback method", Missing.class,
                        "BRK-611 @WithFallback(\"cached\") on " + PREFIX + "Missing.quote(String) names no method of "
                                + PREFIX + "Missing: declare String cached(String) in the bean, or"
                                + " cached(String, Throwable failure) to receive the failure"),
                mistake("wrong parameter types", WrongParameters.class,
                        "BRK-612 @WithFallback(\"cached\") on " + PREFIX + "WrongParameters.quote(String, int): no method"
                                + " cached of " + PREFIX + "WrongParameters takes the right parameters (found "
                                + PREFIX + "WrongParameters.cached(String), " + PREFIX + "WrongParameters.cached(int, String));"
                                + " a fallback takes (String, int), optionally followed by one Throwable parameter that"
                                + " receives the failure"),
                mistake("a trailing parameter that is not a Throwable", NotAThrowable.class,
                        "BRK-612 @WithFallback(\"cached\") on " + PREFIX + "NotAThrowable.quote(String): no method"
                                + " cached of " + PREFIX + "NotAThrowable takes the right parameters (found "
                                + PREFIX + "NotAThrowable.cached(String, String)); a fallback takes (String), optionally"
                                + " followed by one Throwable parameter that receives the failure"),
                mistake("a return type not assignable", WrongReturn.class,
                        "BRK-613 @WithFallback(\"cached\") on " + PREFIX + "WrongReturn.quote(String): the fallback "
                                + PREFIX + "WrongReturn.cached(String) returns Integer, which is not assignable to String,"
                                + " the return type of the method it answers for"),
                mistake("other type arguments", WrongTypeArguments.class,
                        "BRK-613 @WithFallback(\"cached\") on " + PREFIX + "WrongTypeArguments.quotes(): the fallback "
                                + PREFIX + "WrongTypeArguments.cached() returns List<Integer>, which is not assignable to"
                                + " List<String>, the return type of the method it answers for"),
                mistake("a value for a void method", ValueForVoid.class,
                        "BRK-613 @WithFallback(\"cached\") on " + PREFIX + "ValueForVoid.send(String): the fallback "
                                + PREFIX + "ValueForVoid.cached(String) returns boolean, which is not assignable to void,"
                                + " the return type of the method it answers for"),
                mistake("two fallbacks that fit", Ambiguous.class,
                        "BRK-614 @WithFallback(\"cached\") on " + PREFIX + "Ambiguous.quote(String) is ambiguous: "
                                + PREFIX + "Ambiguous.cached(String), " + PREFIX + "Ambiguous.cached(String, Throwable)"
                                + " all fit; keep only one of them"),
                mistake("a failure parameter narrower than what it answers", NarrowFailure.class,
                        "BRK-615 @WithFallback(\"cached\") on " + PREFIX + "NarrowFailure.quote(String): the fallback "
                                + PREFIX + "NarrowFailure.cached(String, IOException) receives the failure as IOException,"
                                + " which cannot hold every failure it answers (every throwable); declare the parameter"
                                + " Throwable, or list in applyOn only subtypes of IOException"),
                mistake("the method itself", Itself.class,
                        "BRK-616 @WithFallback(\"quote\") on " + PREFIX + "Itself.quote(String) names the method itself:"
                                + " the fallback would run the failing method again; name another method"),
                mistake("a private method", OnPrivate.class, uncovered("OnPrivate.quote(String)", "private")),
                mistake("a static method", OnStatic.class, uncovered("OnStatic.quote(String)", "static")),
                mistake("a final method", OnFinal.class, uncovered("OnFinal.quote(String)", "final")),
                mistake("a final class", FinalClass.class,
                        "BRK-703 @WithFallback in " + PREFIX + "FinalClass is not allowed: the class is final, and a CDI"
                                + " container cannot intercept a final class, so it would never apply; remove final"),
                Arguments.of("fallback.<name>.enabled neither true nor false",
                        TestDeployment.of(Valid.class).config("fallback." + PREFIX + "Valid.quote.enabled", "maybe"),
                        "BRK-601 Fallback of " + PREFIX + "Valid.quote: fallback." + PREFIX + "Valid.quote.enabled"
                                + " = \"maybe\" is not allowed: it must be true or false"),
                Arguments.of("fallback.enabled neither true nor false",
                        TestDeployment.of(Valid.class).config("fallback.enabled", "sometimes"),
                        "BRK-602 Every fallback: fallback.enabled = \"sometimes\" (the default of every @WithFallback"
                                + " method) is not allowed: it must be true or false"));
    }

    private static Arguments mistake(String mistake, Class<?> bean, String expected) {
        return Arguments.of(mistake, TestDeployment.of(bean), expected);
    }

    private static String uncovered(String method, String modifier) {
        return "BRK-701 @WithFallback on " + PREFIX + method + " is not allowed: the method is " + modifier
                + ", and a CDI container does not intercept " + modifier + " methods, so it would never apply";
    }

    @Dependent
    public static class Missing {
        @WithFallback("cached")
        public String quote(String symbol) {
            return symbol;
        }
    }

    @Dependent
    public static class WrongParameters {
        @WithFallback("cached")
        public String quote(String symbol, int scale) {
            return symbol;
        }

        String cached(String symbol) {
            return symbol;
        }

        String cached(int scale, String symbol) {
            return symbol;
        }
    }

    @Dependent
    public static class NotAThrowable {
        @WithFallback("cached")
        public String quote(String symbol) {
            return symbol;
        }

        String cached(String symbol, String reason) {
            return symbol;
        }
    }

    @Dependent
    public static class WrongReturn {
        @WithFallback("cached")
        public String quote(String symbol) {
            return symbol;
        }

        Integer cached(String symbol) {
            return 0;
        }
    }

    @Dependent
    public static class WrongTypeArguments {
        @WithFallback("cached")
        public List<String> quotes() {
            return List.of();
        }

        List<Integer> cached() {
            return List.of();
        }
    }

    @Dependent
    public static class ValueForVoid {
        @WithFallback("cached")
        public void send(String message) {
        }

        boolean cached(String message) {
            return false;
        }
    }

    @Dependent
    public static class Ambiguous {
        @WithFallback("cached")
        public String quote(String symbol) {
            return symbol;
        }

        String cached(String symbol) {
            return symbol;
        }

        String cached(String symbol, Throwable failure) {
            return symbol;
        }
    }

    @Dependent
    public static class NarrowFailure {
        @WithFallback("cached")
        public String quote(String symbol) {
            return symbol;
        }

        String cached(String symbol, IOException failure) {
            return symbol;
        }
    }

    @Dependent
    public static class Itself {
        @WithFallback("quote")
        public String quote(String symbol) {
            return symbol;
        }
    }

    @Dependent
    public static class OnPrivate {
        @WithFallback("cached")
        private String quote(String symbol) {
            return symbol;
        }

        String cached(String symbol) {
            return symbol;
        }

        public String callQuote() {
            return quote("x");
        }
    }

    @Dependent
    public static class OnStatic {
        @WithFallback("cached")
        public static String quote(String symbol) {
            return symbol;
        }

        static String cached(String symbol) {
            return symbol;
        }
    }

    @Dependent
    public static class OnFinal {
        @WithFallback("cached")
        public final String quote(String symbol) {
            return symbol;
        }

        String cached(String symbol) {
            return symbol;
        }
    }

    @Dependent
    public static final class FinalClass {
        @WithFallback("cached")
        public String quote(String symbol) {
            return symbol;
        }

        String cached(String symbol) {
            return symbol;
        }
    }

    @Dependent
    public static class Valid {
        @WithFallback("cached")
        public String quote(String symbol) {
            return symbol;
        }

        String cached(String symbol) {
            return symbol;
        }
    }
}
