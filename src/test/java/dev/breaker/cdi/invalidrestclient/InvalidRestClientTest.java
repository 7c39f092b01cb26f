package dev.breaker.cdi.invalidrestclient;

import static org.assertj.core.api.Assertions.assertThat;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.cdi.testing.DeploymentFailure;
import dev.breaker.cdi.testing.TestDeployment;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One deployment per mistake on a REST client interface: each stops the deployment with one message
 * that names the method. The interfaces are deployed alone: the library finds them as the container
 * discovers them, before any REST client implementation makes a bean of them.
 */
class InvalidRestClientTest {
    private static final String PREFIX = InvalidRestClientTest.class.getName() + "$";
    private static final String NOT_EVERYWHERE = "REST client proxies do not intercept %s methods in every runtime"
            + " (Payara, Open Liberty with mpRestClient-3.0)";

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void stopsTheDeploymentNamingTheMethod(String mistake, Class<?> client, String expected) {
        assertThat(DeploymentFailure.problemsOf(TestDeployment.of(client))).containsExactly(expected);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("@Breaker on a default method", BreakerOnDefault.class,
                        "BRK-305 Circuit breaker '" + PREFIX + "BreakerOnDefault.cached': @Breaker on " + PREFIX
                                + "BreakerOnDefault.cached(String) is not allowed: it is a default method of the REST"
                                + " client interface " + PREFIX + "BreakerOnDefault, not a REST call, and "
                                + String.format(NOT_EVERYWHERE, "default") + ", so the breaker would not run there;"
                                + " put @Breaker on the REST call it protects"),
                Arguments.of("@Breaker on a static method", BreakerOnStatic.class,
                        "BRK-305 Circuit breaker 'static-one': @Breaker on " + PREFIX + "BreakerOnStatic.helper()"
                                + " is not allowed: it is a static method of the REST client interface " + PREFIX
                                + "BreakerOnStatic, not a REST call, and " + String.format(NOT_EVERYWHERE, "static")
                                + ", so the breaker would not run there; put @Breaker on the REST call it protects"),
                Arguments.of("@RetryWithBackoff on a default method", RetryOnDefault.class,
                        companionNotACall("RetryWithBackoff", "RetryOnDefault.cached(String)", "default",
                                "RetryOnDefault")),
                Arguments.of("@WithFallback on a default method", FallbackOnDefault.class,
                        companionNotACall("WithFallback", "FallbackOnDefault.cached(String)", "default",
                                "FallbackOnDefault")),
                Arguments.of("a fallback that is another REST call", FallbackIsACall.class,
                        "BRK-617 @WithFallback(\"backup\") on " + PREFIX + "FallbackIsACall.rate(String) names no"
                                + " default method of the REST client interface " + PREFIX + "FallbackIsACall ("
                                + PREFIX + "FallbackIsACall.backup(String) is a REST call): the fallback of a REST call"
                                + " is a default method of its interface; declare default String backup(String) in it,"
                                + " or default String backup(String, Throwable failure) to receive the failure"),
                Arguments.of("a missing fallback", FallbackMissing.class,
                        "BRK-617 @WithFallback(\"cached\") on " + PREFIX + "FallbackMissing.rate(String) names no"
                                + " default method of the REST client interface " + PREFIX + "FallbackMissing: the"
                                + " fallback of a REST call is a default method of its interface; declare default"
                                + " String cached(String) in it, or default String cached(String, Throwable failure)"
                                + " to receive the failure"),
                Arguments.of("a default fallback that returns another type", FallbackWrongReturn.class,
                        "BRK-613 @WithFallback(\"cached\") on " + PREFIX + "FallbackWrongReturn.rate(String): the"
                                + " fallback " + PREFIX + "FallbackWrongReturn.cached(String) returns Integer, which is"
                                + " not assignable to String, the return type of the method it answers for"),
                Arguments.of("@Breaker on an inherited method", InheritsGuardedCall.class,
                        "BRK-306 Circuit breaker 'base-call': @Breaker on " + PREFIX + "GuardedCalls.rate(String)"
                                + " applies to " + PREFIX + "GuardedCalls.rate(String), which the REST client interface "
                                + PREFIX + "InheritsGuardedCall inherits from " + PREFIX + "GuardedCalls; that is not"
                                + " allowed: a REST client's breakers are found on the interface that declares the"
                                + " method, and not every runtime tells which client a call of an inherited method"
                                + " belongs to; declare the method in " + PREFIX + "InheritsGuardedCall itself"),
                Arguments.of("a type-level @Breaker over an inherited method", TypeLevelOverInherited.class,
                        "BRK-306 Circuit breaker 'rates': @Breaker on interface " + PREFIX + "TypeLevelOverInherited"
                                + " applies to " + PREFIX + "PlainCalls.rate(String), which the REST client interface "
                                + PREFIX + "TypeLevelOverInherited inherits from " + PREFIX + "PlainCalls; that is not"
                                + " allowed: a REST client's breakers are found on the interface that declares the"
                                + " method, and not every runtime tells which client a call of an inherited method"
                                + " belongs to; declare the method in " + PREFIX + "TypeLevelOverInherited itself"),
                Arguments.of("@RetryWithBackoff on an inherited method", InheritsRetriedCall.class,
                        "BRK-705 @RetryWithBackoff on " + PREFIX + "RetriedCalls.rate(String) applies to " + PREFIX
                                + "RetriedCalls.rate(String), which the REST client interface " + PREFIX
                                + "InheritsRetriedCall inherits from " + PREFIX + "RetriedCalls; that is not allowed:"
                                + " not every runtime tells which client a call of an inherited method belongs to;"
                                + " declare the method in " + PREFIX + "InheritsRetriedCall itself"),
                Arguments.of("a blank name on the interface", BlankName.class,
                        "BRK-104 @Breaker(name = \" \") at interface " + PREFIX + "BlankName is not allowed: a"
                                + " breaker name must not be blank; leave the name out for the default"
                                + " <class>.<method>, or give one such as \"exchange-api\""),
                Arguments.of("a member out of range on the interface", ThresholdZero.class,
                        "BRK-103 Circuit breaker 'rates': @Breaker(failureThreshold = 0) at interface " + PREFIX
                                + "ThresholdZero is not allowed: it must be an integer from 1 to 2147483647"));
    }

    private static String companionNotACall(String annotation, String method, String kind, String client) {
        return "BRK-704 @" + annotation + " on " + PREFIX + method + " is not allowed: it is a " + kind + " method of"
                + " the REST client interface " + PREFIX + client + ", not a REST call, and "
                + String.format(NOT_EVERYWHERE, kind) + ", so it would not apply there; put it on a REST call";
    }

    @RegisterRestClient
    public interface BreakerOnDefault {
        String rate(String symbol);

        @Breaker
        default String cached(String symbol) {
            return symbol;
        }
    }

    @RegisterRestClient
    public interface BreakerOnStatic {
        String rate(String symbol);

        @Breaker(name = "static-one")
        static String helper() {
            return "help";
        }
    }

    @RegisterRestClient
    public interface RetryOnDefault {
        String rate(String symbol);

        @RetryWithBackoff
        default String cached(String symbol) {
            return symbol;
        }
    }

    @RegisterRestClient
    public interface FallbackOnDefault {
        String rate(String symbol);

        @WithFallback("rate")
        default String cached(String symbol) {
            return symbol;
        }
    }

    @RegisterRestClient
    public interface FallbackIsACall {
        @WithFallback("backup")
        String rate(String symbol);

        String backup(String symbol);
    }

    @RegisterRestClient
    public interface FallbackMissing {
        @WithFallback("cached")
        String rate(String symbol);
    }

    @RegisterRestClient
    public interface FallbackWrongReturn {
        @WithFallback("cached")
        String rate(String symbol);

        default Integer cached(String symbol) {
            return 1;
        }
    }

    /** Not a REST client itself: a base interface. */
    public interface GuardedCalls {
        @Breaker(name = "base-call")
        String rate(String symbol);
    }

    /**
     * Carries an annotation of the library itself: the container reports only a type that does (or
     * whose own members do) to the library, so one that uses the library through inherited methods
     * alone goes unseen.
     */
    @RegisterRestClient
    public interface InheritsGuardedCall extends GuardedCalls {
        @Breaker(name = "volume")
        String volume(String symbol);
    }

    /** Not a REST client itself: a base interface. */
    public interface PlainCalls {
        String rate(String symbol);
    }

    @RegisterRestClient
    @Breaker(name = "rates")
    public interface TypeLevelOverInherited extends PlainCalls {
        String volume(String symbol);
    }

    /** Not a REST client itself: a base interface. */
    public interface RetriedCalls {
        @RetryWithBackoff
        String rate(String symbol);
    }

    @RegisterRestClient
    public interface InheritsRetriedCall extends RetriedCalls {
        @RetryWithBackoff
        String volume(String symbol);
    }

    @RegisterRestClient
    @Breaker(name = " ")
    public interface BlankName {
        String rate(String symbol);
    }

    @RegisterRestClient
    @Breaker(name = "rates", failureThreshold = 0)
    public interface ThresholdZero {
        String rate(String symbol);
    }
}
