package dev.breaker.deployment;

import dev.breaker.config.OptionalApi;
import java.util.List;
import java.util.Optional;

/**
 * What a method's return means to the library's interceptors, read from the names of its return type
 * and its supertypes, so that neither extension loads a class of an optional API (Mutiny, Reactive
 * Streams, Kotlin) to decide it. A method's outcome is its return or what it throws
 * ({@link Kind#VALUE}), the completion of the stage it returns ({@link Kind#STAGE}), or each
 * subscription of the {@code Uni} it returns ({@link Kind#UNI}). Any other return whose outcome comes
 * after the method returns would be counted at the return, which is never what the application means:
 * {@link #unsupported} says what it is, for a deployment error; so does a {@code Uni} when the library
 * itself cannot load Mutiny.
 */
public final class ReturnRule {
    static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
    static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
    static final String UNI = OptionalApi.MUTINY.typeName();
    private static final String CONTINUATION = "kotlin.coroutines.Continuation";
    /** A JAX-RS resource method that answers through one of these parameters answers after it returns. */
    private static final List<String> LATER_ANSWERS = List.of("jakarta.ws.rs.container.AsyncResponse",
            "jakarta.ws.rs.sse.SseEventSink");
    /** Whether the library itself can follow a {@code Uni}: read once, for every method judged. */
    private static final boolean MUTINY_VISIBLE = OptionalApi.MUTINY.isPresent(ReturnRule.class.getClassLoader());

    /** Types whose outcome comes later than the return, and what to call them in a message; most specific first. */
    private static final List<String[]> LATER = List.of(
            new String[] {UNI, "a subtype of Mutiny's Uni, which the library cannot return in its place"},
            new String[] {COMPLETION_STAGE, "a CompletionStage that a CompletableFuture cannot stand for"},
            new String[] {"io.smallrye.mutiny.Multi", "a Mutiny Multi, whose items come after the method returns"},
            new String[] {"org.reactivestreams.Publisher", "a Reactive Streams Publisher, whose items come after the"
                    + " method returns"},
            new String[] {"java.util.concurrent.Flow$Publisher", "a Flow.Publisher, whose items come after the method"
                    + " returns"},
            new String[] {"java.util.concurrent.Future", "a Future that is not a CompletionStage, whose outcome comes"
                    + " after the method returns"},
            new String[] {"io.vertx.core.Future", "a Vert.x Future, whose outcome comes after the method returns"},
            new String[] {"kotlinx.coroutines.flow.Flow", "a Kotlin Flow, whose items come after the method returns"},
            new String[] {"kotlinx.coroutines.Deferred", "a Kotlin Deferred, whose outcome comes after the method"
                    + " returns"},
            new String[] {"io.reactivex.rxjava3.core.Single", "an RxJava Single, whose outcome comes after the method"
                    + " returns"},
            new String[] {"io.reactivex.rxjava3.core.Maybe", "an RxJava Maybe, whose outcome comes after the method"
                    + " returns"},
            new String[] {"io.reactivex.rxjava3.core.Completable", "an RxJava Completable, whose outcome comes after the"
                    + " method returns"},
            new String[] {"io.reactivex.rxjava3.core.Observable", "an RxJava Observable, whose items come after the"
                    + " method returns"},
            new String[] {"io.reactivex.Single", "an RxJava 2 Single, whose outcome comes after the method returns"},
            new String[] {"io.reactivex.Maybe", "an RxJava 2 Maybe, whose outcome comes after the method returns"},
            new String[] {"io.reactivex.Completable", "an RxJava 2 Completable, whose outcome comes after the method"
                    + " returns"},
            new String[] {"io.reactivex.Observable", "an RxJava 2 Observable, whose items come after the method"
                    + " returns"});

    /** What a method's outcome is. */
    public enum Kind {
        /** What it returns or throws. */
        VALUE,
        /** The completion of the {@code CompletionStage} or {@code CompletableFuture} it returns. */
        STAGE,
        /** Each subscription of the Mutiny {@code Uni} it returns. */
        UNI
    }

    private ReturnRule() {
    }

    /**
     * @param method a method
     * @return what its outcome is; {@link Kind#VALUE} also for a return type {@link #unsupported} names
     */
    public static Kind kindOf(MethodView method) {
        String name = method.returnType().name();
        if (name.equals(COMPLETION_STAGE) || name.equals(COMPLETABLE_FUTURE)) {
            return Kind.STAGE;
        }
        return name.equals(UNI) ? Kind.UNI : Kind.VALUE;
    }

    /**
     * @param method a method the library intercepts
     * @return what it is, in words for a message, when its outcome comes after it returns in a way the
     *     library does not follow: {@code it returns Multi<String>, a Mutiny Multi, whose items come after
     *     the method returns}; empty when the library follows its outcome
     */
    public static Optional<String> unsupported(MethodView method) {
        List<TypeView> parameters = method.parameters();
        if (!parameters.isEmpty() && parameters.get(parameters.size() - 1).name().equals(CONTINUATION)) {
            return Optional.of("it is a Kotlin suspend function (its last parameter is a " + CONTINUATION
                    + "), whose result comes after the method returns");
        }
        for (TypeView parameter : parameters) {
            if (LATER_ANSWERS.contains(parameter.name())) {
                return Optional.of("it answers through its " + parameter.name() + " parameter, after the method"
                        + " returns");
            }
        }
        TypeView type = method.returnType();
        Kind kind = kindOf(method);
        // The application may see Mutiny while the library does not (a server module, a shared library):
        // the interceptors could not follow the Uni, so this is refused now rather than at the first call.
        if (kind == Kind.UNI && !MUTINY_VISIBLE) {
            return Optional.of("it returns " + type.display() + ", a Mutiny Uni, but the class loader of the Breaker"
                    + " library cannot load Mutiny to follow its subscriptions (put the library where Mutiny is"
                    + " visible to it: beside Mutiny, in the application)");
        }
        if (kind != Kind.VALUE) {
            return Optional.empty();
        }
        for (String[] later : LATER) {
            if (type.name().equals(later[0]) || type.supertypes().contains(later[0])) {
                return Optional.of("it returns " + type.display() + ", " + later[1]);
            }
        }
        return Optional.empty();
    }
}
