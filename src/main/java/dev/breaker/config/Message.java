package dev.breaker.config;

import java.util.Locale;

/**
 * Every message the library reports at deployment or start-up, with a stable id that stays the same
 * from release to release (search for it; tests assert it). Each message names the breaker or method,
 * the key or member, the value given and what is allowed, or the places that disagree.
 *
 * <p>Ids by hundreds: 1xx breaker settings, 2xx breakers that disagree, 3xx {@code @Breaker} where a
 * container (or a REST client proxy) would not apply it, 4xx breakers at start-up; 5xx retry settings, 6xx fallback settings
 * and methods, 7xx {@code @RetryWithBackoff} and {@code @WithFallback} where a container would not
 * apply them, 8xx retries and fallbacks at start-up; 9xx settings of the whole application and metrics export.
 */
public enum Message {
    /** A {@code breaker.<name>.<key>} property with a value its key does not allow. */
    INVALID_PROPERTY("BRK-101", "Circuit breaker '%s': %s = \"%s\" is not allowed: it must be %s"),
    /** A {@code breaker.<key>} property (the default of every breaker) with a value it does not allow. */
    INVALID_DEFAULT_PROPERTY("BRK-102",
            "Every circuit breaker: %s = \"%s\" (the default of every breaker) is not allowed: it must be %s"),
    /** A {@code @Breaker} member with a value below its minimum. */
    INVALID_MEMBER("BRK-103", "Circuit breaker '%s': @Breaker(%s = %s) at %s is not allowed: it must be %s"),
    /** {@code @Breaker(name = " ")}. */
    BLANK_NAME("BRK-104", "@Breaker(name = \"%s\") at %s is not allowed: a breaker name must not be blank;"
            + " leave the name out for the default <class>.<method>, or give one such as \"exchange-api\""),
    /** {@code @Breaker(name = ...)} too long, or with a control character. */
    INVALID_NAME("BRK-106", "@Breaker(name = %s) at %s is not allowed: a breaker name must be 1 to %d characters with"
            + " no control character, and this one %s; give a name such as \"exchange-api\""),
    /** In ratio mode, a count window that could never hold its {@code minimum-calls}. */
    MINIMUM_CALLS_ABOVE_WINDOW("BRK-107", "Circuit breaker '%s': minimum-calls = %d is more than window-size = %d:"
            + " a count window never holds more than window-size calls, so the breaker could never open;"
            + " lower minimum-calls, raise window-size, or set window-duration for a time window"),
    /** A {@code failOn} or {@code skipOn} type that cannot be loaded at start-up. */
    UNLOADABLE_TYPE("BRK-105", "Circuit breaker '%s': @Breaker(%s) lists %s, which cannot be loaded: %s"),
    /** Two declarations of one breaker that give different values for one member. */
    CONFLICTING_MEMBER("BRK-201", "Circuit breaker '%s': %s is %s at %s but %s at %s;"
            + " every declaration of one breaker must give the same value, or leave the member out"),
    /** Two breaker names that fold to the same environment variable. */
    FOLDED_NAMES("BRK-202", "Circuit breakers '%s' (at %s) and '%s' (at %s) read the same environment variables,"
            + " BREAKER_%s_*: MicroProfile Config turns every character other than a letter or digit into _"
            + " and ignores case. Rename one of them"),
    /** {@code @Breaker} on a private or static method. */
    UNINTERCEPTED_METHOD("BRK-301", "Circuit breaker '%s': @Breaker on %s is not allowed: the method is %s,"
            + " and a CDI container does not intercept %s methods, so the breaker would never run"),
    /** A final method that a type-level {@code @Breaker} covers. */
    FINAL_METHOD_UNDER_TYPE("BRK-302", "Circuit breaker '%s': @Breaker on %s covers %s, which is final:"
            + " a CDI container cannot intercept a final method, so the breaker would never run there;"
            + " remove final, or annotate the other methods one by one"),
    /** {@code @Breaker} in a final class. */
    FINAL_CLASS("BRK-303", "Circuit breakers %s: @Breaker in %s is not allowed: the class is final, and a CDI"
            + " container cannot intercept a final class, so no breaker would run; remove final"),
    /** {@code @Breaker} in a class whose instances a producer returns. */
    PRODUCED("BRK-304", "Circuit breakers %s: @Breaker in %s would never run for the instances that %s produces:"
            + " a CDI container does not intercept the objects a producer returns; make the class a bean of its"
            + " own, or call through CircuitBreakerRegistry"),
    /** {@code @Breaker} on a default, static or private method of a REST client interface. */
    REST_CLIENT_NOT_A_CALL("BRK-305", "Circuit breaker '%s': @Breaker on %s is not allowed: it is a %s method of the"
            + " REST client interface %s, not a REST call, and REST client proxies do not intercept %s methods in"
            + " every runtime (Payara, Open Liberty with mpRestClient-3.0), so the breaker would not run there;"
            + " put @Breaker on the REST call it protects"),
    /** {@code @Breaker} that applies to a method a REST client interface inherits from another interface. */
    REST_CLIENT_INHERITED("BRK-306", "Circuit breaker '%s': %s applies to %s, which the REST client interface %s"
            + " inherits from %s; that is not allowed: a REST client's breakers are found on the interface that"
            + " declares the method, and not every runtime tells which client a call of an inherited method belongs"
            + " to; declare the method in %s itself"),
    /** {@code @Breaker} on a method whose outcome comes after it returns in a way the breaker does not follow. */
    UNSUPPORTED_RETURN("BRK-307", "Circuit breaker '%s': @Breaker on %s is not allowed: %s, so the breaker would count"
            + " the method's return instead of that outcome. A @Breaker method returns a value, a CompletionStage or"
            + " CompletableFuture, or a Mutiny Uni (each subscription is one call); return one of those, or call"
            + " through CircuitBreaker"),
    /** {@code @Breaker} on a superclass's method that the bean class overrides without it. */
    OVERRIDDEN("BRK-308", "Circuit breaker '%s': @Breaker on %s does not apply to %s, which overrides that method"
            + " without @Breaker: a CDI container applies a method's annotations only where it is not overridden,"
            + " so the breaker would never run for %s; put @Breaker(name = \"%s\") on %s as well (the same name"
            + " keeps the breaker and its configuration)"),
    /** {@code @Breaker} on an interface's method that the bean class implements without it. */
    ON_INTERFACE("BRK-309", "Circuit breaker '%s': @Breaker on %s does not apply to %s, which implements that method"
            + " without @Breaker: a CDI container does not apply an interface's annotations to the classes that"
            + " implement it, so the breaker would never run for %s; put @Breaker(name = \"%s\") on %s (the same"
            + " name keeps the breaker and its configuration)"),
    /** Problems found when the breakers are created at start-up. */
    STARTUP_FAILED("BRK-401", "The circuit breakers of this application cannot start:%s"),

    /** A {@code retry.<name>.<key>} property with a value its key does not allow. */
    RETRY_INVALID_PROPERTY("BRK-501", "Retry of %s: %s = \"%s\" is not allowed: it must be %s"),
    /** A {@code retry.<key>} property (the default of every retry) with a value it does not allow. */
    RETRY_INVALID_DEFAULT_PROPERTY("BRK-502",
            "Every retry: %s = \"%s\" (the default of every @RetryWithBackoff method) is not allowed: it must be %s"),
    /** A {@code @RetryWithBackoff} member with a value it does not allow. */
    RETRY_INVALID_MEMBER("BRK-503", "@RetryWithBackoff(%s = %s) at %s is not allowed: it must be %s"),
    /** A {@code fallback.<name>.enabled} property that is neither true nor false. */
    FALLBACK_INVALID_PROPERTY("BRK-601", "Fallback of %s: %s = \"%s\" is not allowed: it must be %s"),
    /** A {@code fallback.enabled} property that is neither true nor false. */
    FALLBACK_INVALID_DEFAULT_PROPERTY("BRK-602",
            "Every fallback: %s = \"%s\" (the default of every @WithFallback method) is not allowed: it must be %s"),
    /** {@code @WithFallback} naming a method the bean does not have. */
    FALLBACK_MISSING("BRK-611", "@WithFallback(\"%s\") on %s names no method of %s: declare %s %s(%s) in the bean,"
            + " or %s(%s) to receive the failure"),
    /** {@code @WithFallback} naming methods none of which takes the right parameters. */
    FALLBACK_WRONG_PARAMETERS("BRK-612", "@WithFallback(\"%s\") on %s: no method %s of %s takes the right parameters"
            + " (found %s); a fallback takes (%s), optionally followed by one Throwable parameter that receives"
            + " the failure"),
    /** A fallback method whose return type the protected method's callers cannot take. */
    FALLBACK_WRONG_RETURN("BRK-613", "@WithFallback(\"%s\") on %s: the fallback %s returns %s, which is not"
            + " assignable to %s, the return type of the method it answers for"),
    /** Two or more methods that would each do as the fallback. */
    FALLBACK_AMBIGUOUS("BRK-614", "@WithFallback(\"%s\") on %s is ambiguous: %s all fit; keep only one of them"),
    /** A fallback whose failure parameter cannot hold every failure it answers. */
    FALLBACK_NARROW_FAILURE_PARAMETER("BRK-615", "@WithFallback(\"%s\") on %s: the fallback %s receives the failure"
            + " as %s, which cannot hold every failure it answers (%s); declare the parameter Throwable,"
            + " or list in applyOn only subtypes of %s"),
    /** {@code @WithFallback} on a REST call naming no method with a body of its REST client interface. */
    FALLBACK_NOT_DEFAULT("BRK-617", "@WithFallback(\"%s\") on %s names no default method of the REST client interface"
            + " %s%s: the fallback of a REST call is a default method of its interface; declare default %s %s(%s) in"
            + " it, or default %s %s(%s) to receive the failure"),
    /** {@code @WithFallback} naming the protected method itself. */
    FALLBACK_ITSELF("BRK-616", "@WithFallback(\"%s\") on %s names the method itself: the fallback would run the"
            + " failing method again; name another method"),
    /** {@code @RetryWithBackoff} or {@code @WithFallback} on a private, static or final method. */
    COMPANION_UNINTERCEPTED_METHOD("BRK-701", "@%s on %s is not allowed: the method is %s, and a CDI container does not"
            + " intercept %s methods, so it would never apply"),
    /** A final method that a type-level {@code @RetryWithBackoff} covers. */
    RETRY_FINAL_METHOD_UNDER_TYPE("BRK-702", "@RetryWithBackoff on %s covers %s, which is final: a CDI container cannot"
            + " intercept a final method, so it would never be retried; remove final, or annotate the other"
            + " methods one by one"),
    /** {@code @RetryWithBackoff} or {@code @WithFallback} in a final class. */
    COMPANION_FINAL_CLASS("BRK-703", "%s in %s is not allowed: the class is final, and a CDI container cannot intercept a"
            + " final class, so it would never apply; remove final"),
    /** {@code @RetryWithBackoff} or {@code @WithFallback} on a default, static or private method of a REST client interface. */
    COMPANION_REST_CLIENT_NOT_A_CALL("BRK-704", "@%s on %s is not allowed: it is a %s method of the REST client"
            + " interface %s, not a REST call, and REST client proxies do not intercept %s methods in every runtime"
            + " (Payara, Open Liberty with mpRestClient-3.0), so it would not apply there; put it on a REST call"),
    /** {@code @RetryWithBackoff} or {@code @WithFallback} that applies to a method a REST client interface inherits. */
    COMPANION_REST_CLIENT_INHERITED("BRK-705", "%s applies to %s, which the REST client interface %s inherits from %s;"
            + " that is not allowed: not every runtime tells which client a call of an inherited method belongs to;"
            + " declare the method in %s itself"),
    /** {@code @RetryWithBackoff} or {@code @WithFallback} on a method whose outcome comes after it returns in another way. */
    COMPANION_UNSUPPORTED_RETURN("BRK-706", "@%s on %s is not allowed: %s, so it would see the method's return instead"
            + " of that outcome. A @%s method returns a value, a CompletionStage or CompletableFuture, or a Mutiny Uni;"
            + " return one of those"),
    /** {@code @RetryWithBackoff} or {@code @WithFallback} on a superclass's method that the bean class overrides without it. */
    COMPANION_OVERRIDDEN("BRK-707", "@%s on %s does not apply to %s, which overrides that method without it: a CDI"
            + " container applies a method's annotations only where it is not overridden, so it would never apply"
            + " for %s; put @%s on %s as well"),
    /** {@code @RetryWithBackoff} or {@code @WithFallback} on an interface's method that the bean class implements without it. */
    COMPANION_ON_INTERFACE("BRK-708", "@%s on %s does not apply to %s, which implements that method without it: a"
            + " CDI container does not apply an interface's annotations to the classes that implement it, so it"
            + " would never apply for %s; put @%s on %s"),
    /** Problems found when retries and fallbacks are resolved at start-up. */
    COMPANION_STARTUP_FAILED("BRK-801", "The retries and fallbacks of this application cannot start:%s"),
    /** {@code breaker.retry-executor} naming nothing the application can look up, or no scheduler. */
    RETRY_EXECUTOR_NOT_FOUND("BRK-802", "Asynchronous retries: %s = \"%s\" names no scheduler this application can"
            + " use: %s. Name a ManagedScheduledExecutorService the application can look up (one of the server's,"
            + " or one declared with @ManagedScheduledExecutorDefinition, such as java:app/concurrent/RetryExecutor),"
            + " or leave the key out: retries then wait on the container's default"),

    /**
     * A key of the whole application ({@code breaker.metrics}, {@code breaker.retry-executor},
     * {@code breaker.jaxrs.map-rejections}) with a value it
     * does not allow.
     */
    INVALID_APPLICATION_PROPERTY("BRK-901", "This application: %s = \"%s\" is not allowed: it must be %s"),
    /** {@code breaker.metrics} names a backend whose API the application does not have. */
    METRICS_API_ABSENT("BRK-902", "Metrics export: breaker.metrics = \"%s\" names %s, but its API is not on the"
            + " application's class path (%s cannot be loaded): %s. Or set breaker.metrics to auto, to export through"
            + " whichever backend the application has, or to none"),
    /** {@code breaker.metrics} names a backend whose API is there but whose entry bean is not. */
    METRICS_BEAN_MISSING("BRK-903", "Metrics export: breaker.metrics = \"%s\" names %s, and its API is on the class"
            + " path, but no %s bean can be found to register the meters with: %s. Or set breaker.metrics to auto, to"
            + " export through whichever backend the application has, or to none");

    private final String id;
    private final String template;

    Message(String id, String template) {
        this.id = id;
        this.template = template;
    }

    /** @return the stable id, such as {@code BRK-101} */
    public String id() {
        return id;
    }

    /**
     * @param arguments the values the message names, in order
     * @return the message, starting with its id
     */
    public String format(Object... arguments) {
        return id + " " + String.format(Locale.ROOT, template, arguments);
    }
}
