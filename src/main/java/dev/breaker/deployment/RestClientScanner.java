package dev.breaker.deployment;

import dev.breaker.config.MemberValues;
import dev.breaker.config.Message;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what a MicroProfile Rest Client interface ({@code @RegisterRestClient}) declares for the
 * library's interceptors: the REST client implementations run a CDI interceptor bound on the interface
 * or its methods when the injected client is called, so each such interface is scanned as a bean class
 * is ({@link ClassScanner}), by both extensions alike, with these rules:
 * <ul>
 *   <li>its REST calls are its abstract methods; a method's own {@code @Breaker} or
 *       {@code @RetryWithBackoff} wins over the interface's as a whole, and an unnamed breaker is
 *       {@code <fully.qualified.Interface>.<method>};</li>
 *   <li>{@code @WithFallback} on a REST call names a method of the interface with a body, a
 *       {@code default} method ({@link FallbackRule#checkRestClient});</li>
 *   <li>any of the three on a default, static or private method is a problem: REST client proxies do
 *       not intercept default methods in every runtime (Payara's Jersey, Open Liberty's mpRestClient-3.0);</li>
 *   <li>any of them that applies to an abstract method the interface inherits from another interface is
 *       a problem: the method then belongs to that other interface, and in some runtimes (Payara) an
 *       intercepted call tells neither the client's interface nor its proxy.</li>
 * </ul>
 * The interface is matched by the name of its annotation, so the library needs the MicroProfile Rest
 * Client API neither to compile nor to run.
 */
public final class RestClientScanner {
    /** The annotation that makes an interface a REST client. */
    public static final String REGISTER_REST_CLIENT = "org.eclipse.microprofile.rest.client.inject.RegisterRestClient";

    /** The qualifier of the REST client beans the implementations add. */
    public static final String REST_CLIENT = "org.eclipse.microprofile.rest.client.inject.RestClient";

    /**
     * @param annotationName an annotation's binary name
     * @return whether it marks an interface that REST clients read: {@code @RegisterRestClient}, or a JAX-RS
     *     annotation (an API that a resource shares with a client built by {@code RestClientBuilder})
     */
    public static boolean readByRestClients(String annotationName) {
        return annotationName.equals(REGISTER_REST_CLIENT) || annotationName.startsWith("jakarta.ws.rs.")
                || annotationName.startsWith("javax.ws.rs.");
    }

    private RestClientScanner() {
    }

    /**
     * @param client a REST client interface: its own methods first, then those it inherits
     * @return what it declares, and its problems (all in {@link ScannedClass#problems()}: the interface
     *     is what the container deploys)
     */
    public static ScannedClass scan(ClassView client) {
        String typePlace = "interface " + client.name();
        List<BreakerDeclaration> breakers = new ArrayList<>();
        List<RetryDeclaration> retries = new ArrayList<>();
        List<FallbackDeclaration> fallbacks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        BreakerAnnotation typeBreaker = client.breaker().orElse(null);
        String typeNameProblem = typeBreaker == null ? null : ClassScanner.nameProblem(typeBreaker, typePlace);
        if (typeNameProblem != null) {
            problems.add(typeNameProblem);
            typeBreaker = null;
        }
        MemberValues typeRetry = client.retry().orElse(null);
        for (MethodView method : client.methods()) {
            if (method.compilerGenerated()) {
                continue;
            }
            boolean inherited = !method.declaringClass().equals(client.name());
            if (!method.isAbstract()) {
                notACall(client, method, inherited, problems);
                continue;
            }
            if (inherited) {
                inheritedCall(client, method, typeBreaker, typePlace, typeRetry, problems);
                continue;
            }
            if (unsupportedReturn(method, typeBreaker, typeRetry, problems)) {
                continue;
            }
            BreakerAnnotation breaker = method.breaker().orElse(typeBreaker);
            if (breaker != null) {
                String place = method.breaker().isPresent() ? method.place() : typePlace;
                String nameProblem = method.breaker().isPresent() ? ClassScanner.nameProblem(breaker, place) : null;
                if (nameProblem != null) {
                    problems.add(nameProblem);
                } else {
                    breakers.add(new BreakerDeclaration(breakerName(breaker, method), breaker.members(), place));
                }
            }
            if (method.retry().isPresent() || typeRetry != null) {
                retries.add(new RetryDeclaration(method.defaultName(), method.retry().orElse(typeRetry),
                        method.retry().isPresent() ? method.place() : "interface " + client.name()));
            }
            if (method.fallback().isPresent()) {
                FallbackVerdict verdict = FallbackRule.checkRestClient(client, method, method.fallback().get());
                verdict.problem().ifPresent(problems::add);
                verdict.method().ifPresent(fallback ->
                        fallbacks.add(new FallbackDeclaration(method.defaultName(), method.place())));
            }
        }
        return new ScannedClass(breakers, retries, fallbacks, problems, List.of(), Map.of(), Set.of());
    }

    /**
     * A REST call whose outcome comes after it returns in a way the library does not follow (a
     * {@code Multi}, a {@code Publisher}): a problem for each of the library's annotations that covers it.
     *
     * @return whether there was one
     */
    private static boolean unsupportedReturn(MethodView method, BreakerAnnotation typeBreaker, MemberValues typeRetry,
            List<String> problems) {
        String what = ReturnRule.unsupported(method).orElse(null);
        if (what == null) {
            return false;
        }
        BreakerAnnotation breaker = method.breaker().orElse(typeBreaker);
        boolean any = false;
        if (breaker != null && ClassScanner.nameProblem(breaker, method.place()) == null) {
            problems.add(Message.UNSUPPORTED_RETURN.format(breakerName(breaker, method), method.place(), what));
            any = true;
        }
        if (method.retry().isPresent() || typeRetry != null) {
            problems.add(Message.COMPANION_UNSUPPORTED_RETURN.format("RetryWithBackoff", method.place(), what,
                    "RetryWithBackoff"));
            any = true;
        }
        if (method.fallback().isPresent()) {
            problems.add(Message.COMPANION_UNSUPPORTED_RETURN.format("WithFallback", method.place(), what,
                    "WithFallback"));
            any = true;
        }
        return any;
    }

    /** A method with a body, of the interface or inherited: no annotation of the library belongs there. */
    private static void notACall(ClassView client, MethodView method, boolean inherited, List<String> problems) {
        if (!method.carries(Binding.BREAKER) && !method.carries(Binding.RETRY) && !method.carries(Binding.FALLBACK)) {
            return;
        }
        String kind = Modifier.isStatic(method.modifiers()) ? "static"
                : Modifier.isPrivate(method.modifiers()) ? "private" : "default";
        String owner = inherited ? method.declaringClass() + " (inherited by " + client.name() + ")" : client.name();
        method.breaker().ifPresent(breaker -> problems.add(Message.REST_CLIENT_NOT_A_CALL.format(
                breakerName(breaker, method), method.place(), kind, owner, kind)));
        if (method.carries(Binding.RETRY)) {
            problems.add(Message.COMPANION_REST_CLIENT_NOT_A_CALL.format("RetryWithBackoff", method.place(), kind, owner,
                    kind));
        }
        if (method.carries(Binding.FALLBACK)) {
            problems.add(Message.COMPANION_REST_CLIENT_NOT_A_CALL.format("WithFallback", method.place(), kind, owner,
                    kind));
        }
    }

    /** An abstract method inherited from another interface: a problem when one of the library's annotations covers it. */
    private static void inheritedCall(ClassView client, MethodView method, BreakerAnnotation typeBreaker,
            String typePlace, MemberValues typeRetry, List<String> problems) {
        BreakerAnnotation breaker = method.breaker().orElse(typeBreaker);
        if (breaker != null) {
            String where = "@Breaker on " + (method.breaker().isPresent() ? method.place() : typePlace);
            problems.add(Message.REST_CLIENT_INHERITED.format(breakerName(breaker, method), where, method.place(),
                    client.name(), method.declaringClass(), client.name()));
        }
        if (method.retry().isPresent() || typeRetry != null) {
            String where = "@RetryWithBackoff on " + (method.retry().isPresent() ? method.place() : typePlace);
            problems.add(Message.COMPANION_REST_CLIENT_INHERITED.format(where, method.place(), client.name(),
                    method.declaringClass(), client.name()));
        }
        if (method.fallback().isPresent()) {
            problems.add(Message.COMPANION_REST_CLIENT_INHERITED.format("@WithFallback on " + method.place(),
                    method.place(), client.name(), method.declaringClass(), client.name()));
        }
    }

    private static String breakerName(BreakerAnnotation breaker, MethodView method) {
        return breaker.isNamed() ? breaker.name() : method.defaultName();
    }

    /**
     * Whether a class bean stands for a REST client rather than being one of the application's own:
     * Quarkus makes each REST client a class bean of a class it generates ({@code X$$CDIWrapper}) that
     * implements the interface, carries the {@code @RestClient} qualifier and copies of the interface's
     * interceptor bindings. The interface itself was scanned; the copies must not be scanned again (their
     * default names would be the generated class's).
     *
     * @param beanClass the bean's class
     * @param types the binary names of the bean's types
     * @param qualifiers the binary names of the bean's qualifiers
     * @param restClients the REST client interfaces found
     * @return whether the bean is such a stand-in
     */
    public static boolean standsForRestClient(String beanClass, Set<String> types, Set<String> qualifiers,
            Set<String> restClients) {
        return qualifiers.contains(REST_CLIENT) && !restClients.contains(beanClass)
                && types.stream().anyMatch(restClients::contains);
    }
}
