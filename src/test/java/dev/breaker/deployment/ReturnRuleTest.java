package dev.breaker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a method's return means to the interceptors, read by name only. */
class ReturnRuleTest {
    private static TypeView type(String name, String written, String... supertypes) {
        Set<String> all = new java.util.HashSet<>(Set.of(supertypes));
        all.add(name);
        String simple = name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
        return new TypeView(name, simple, written, written, true, all);
    }

    private static MethodView returning(TypeView type, TypeView... parameters) {
        return new MethodView("com.acme.Client", "call", List.of(parameters), type, Modifier.PUBLIC, false,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void stagesAndUnisAreFollowedAndEverythingElseIsAValue() {
        assertThat(ReturnRule.kindOf(returning(type("java.util.concurrent.CompletionStage", "CompletionStage<String>"))))
                .isEqualTo(ReturnRule.Kind.STAGE);
        assertThat(ReturnRule.kindOf(returning(type("java.util.concurrent.CompletableFuture", "CompletableFuture<String>"))))
                .isEqualTo(ReturnRule.Kind.STAGE);
        assertThat(ReturnRule.kindOf(returning(type("io.smallrye.mutiny.Uni", "Uni<String>"))))
                .isEqualTo(ReturnRule.Kind.UNI);
        assertThat(ReturnRule.kindOf(returning(type("java.lang.String", "String")))).isEqualTo(ReturnRule.Kind.VALUE);
        assertThat(ReturnRule.unsupported(returning(type("io.smallrye.mutiny.Uni", "Uni<String>")))).isEmpty();
        assertThat(ReturnRule.unsupported(returning(type("java.lang.String", "String")))).isEmpty();
        assertThat(ReturnRule.unsupported(returning(type("void", "void")))).isEmpty();
    }

    @Test
    void everyOtherLaterOutcomeIsNamed() {
        assertThat(ReturnRule.unsupported(returning(type("io.smallrye.mutiny.Multi", "Multi<String>",
                "java.util.concurrent.Flow$Publisher")))).contains(
                        "it returns Multi<String>, a Mutiny Multi, whose items come after the method returns");
        assertThat(ReturnRule.unsupported(returning(type("java.util.concurrent.Future", "Future<String>"))))
                .contains("it returns Future<String>, a Future that is not a CompletionStage, whose outcome comes"
                        + " after the method returns");
        assertThat(ReturnRule.unsupported(returning(type("java.util.concurrent.FutureTask", "FutureTask<String>",
                "java.util.concurrent.Future", "java.lang.Runnable")))).hasValueSatisfying(
                        what -> assertThat(what).contains("a Future that is not a CompletionStage"));
        assertThat(ReturnRule.unsupported(returning(type("java.util.concurrent.Flow$Publisher", "Publisher<String>"))))
                .hasValueSatisfying(what -> assertThat(what).contains("a Flow.Publisher"));
        assertThat(ReturnRule.unsupported(returning(type("reactor.core.publisher.Mono", "Mono<String>",
                "org.reactivestreams.Publisher")))).hasValueSatisfying(
                        what -> assertThat(what).contains("a Reactive Streams Publisher"));
        assertThat(ReturnRule.unsupported(returning(type("com.acme.MyUni", "MyUni", "io.smallrye.mutiny.Uni"))))
                .hasValueSatisfying(what -> assertThat(what).contains("a subtype of Mutiny's Uni"));
        assertThat(ReturnRule.unsupported(returning(type("com.acme.MyFuture", "MyFuture",
                "java.util.concurrent.CompletableFuture", "java.util.concurrent.CompletionStage",
                "java.util.concurrent.Future")))).hasValueSatisfying(
                        what -> assertThat(what).contains("a CompletionStage that a CompletableFuture cannot stand for"));
        assertThat(ReturnRule.unsupported(returning(type("io.vertx.core.Future", "Future<String>",
                "io.vertx.core.AsyncResult")))).contains(
                        "it returns Future<String>, a Vert.x Future, whose outcome comes after the method returns");
        assertThat(ReturnRule.unsupported(returning(type("void", "void"),
                type("jakarta.ws.rs.container.AsyncResponse", "AsyncResponse")))).contains(
                        "it answers through its jakarta.ws.rs.container.AsyncResponse parameter, after the method"
                                + " returns");
        assertThat(ReturnRule.unsupported(returning(type("void", "void"),
                type("jakarta.ws.rs.sse.SseEventSink", "SseEventSink")))).contains(
                        "it answers through its jakarta.ws.rs.sse.SseEventSink parameter, after the method returns");
        assertThat(ReturnRule.unsupported(returning(type("io.reactivex.Single", "Single<String>")))).contains(
                "it returns Single<String>, an RxJava 2 Single, whose outcome comes after the method returns");
        assertThat(ReturnRule.unsupported(returning(type("io.reactivex.Observable", "Observable<String>")))).contains(
                "it returns Observable<String>, an RxJava 2 Observable, whose items come after the method returns");
        assertThat(ReturnRule.unsupported(returning(type("java.lang.Object", "Object"),
                type("java.lang.String", "String"), type("kotlin.coroutines.Continuation", "Continuation<? super String>"))))
                .contains("it is a Kotlin suspend function (its last parameter is a kotlin.coroutines.Continuation),"
                        + " whose result comes after the method returns");
    }

    @Test
    void theItemOfAUniIsReadFromTheTypeAsWritten() {
        TypeView item = FallbackRule.uniItem(new TypeView("io.smallrye.mutiny.Uni", "Uni",
                "Uni<List<String>>", "io.smallrye.mutiny.Uni<java.util.List<java.lang.String>>", true, Set.of()));
        assertThat(item.name()).isEqualTo("java.util.List");
        assertThat(item.generic()).isEqualTo("java.util.List<java.lang.String>");
        assertThat(item.display()).isEqualTo("List<String>");
        assertThat(item.simpleName()).isEqualTo("List");

        TypeView bounded = FallbackRule.uniItem(new TypeView("io.smallrye.mutiny.Uni", "Uni", "Uni<? extends Number>",
                "io.smallrye.mutiny.Uni<? extends java.lang.Number>", false, Set.of()));
        assertThat(bounded.name()).isEqualTo("java.lang.Number");
        assertThat(bounded.display()).isEqualTo("Number");

        assertThat(FallbackRule.uniItem(new TypeView("io.smallrye.mutiny.Uni", "Uni", "Uni", "io.smallrye.mutiny.Uni",
                true, Set.of()))).isNull();
        assertThat(FallbackRule.uniItem(new TypeView("io.smallrye.mutiny.Uni", "Uni", "Uni<T>",
                "io.smallrye.mutiny.Uni<T>", false, Set.of()))).isNull();
        assertThat(FallbackRule.uniItem(new TypeView("io.smallrye.mutiny.Uni", "Uni", "Uni<?>",
                "io.smallrye.mutiny.Uni<?>", false, Set.of()))).isNull();
    }
}
