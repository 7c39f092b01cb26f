package dev.breaker.cdi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * An intercepted method as the library's interceptors read it: the method whose own annotations apply,
 * and the type whose type-level annotations apply and whose name starts the default names. For a
 * bean, the method the container handed and the class of the intercepted instance (which inherits the
 * bean class's type-level annotations through the container's subclass). For a call on a REST client
 * interface, that interface's method and the interface ({@link RestClientCalls}).
 *
 * @param method the method whose own annotations apply
 * @param type where type-level annotations are read
 * @param restClientCall whether it is a method of a REST client interface
 */
record InterceptedMethod(Method method, Class<?> type, boolean restClientCall) {
    /**
     * @param invoked the method the container handed
     * @param targetClass the class of the intercepted instance
     * @param restClients the REST client interfaces of the deployment
     * @return how to read it
     */
    static InterceptedMethod of(Method invoked, Class<?> targetClass, RestClientCalls restClients) {
        Method api = restClients.interfaceMethodOf(invoked);
        return api == null ? new InterceptedMethod(invoked, targetClass, false)
                : new InterceptedMethod(api, api.getDeclaringClass(), true);
    }

    /**
     * @param kind {@code @Breaker} or {@code @RetryWithBackoff}
     * @param <A> the annotation type
     * @return the method's own, which wins as a whole, else the type's; {@code null} when reflection sees
     *     none (bound through a stereotype, or by another extension)
     */
    <A extends Annotation> A annotation(Class<A> kind) {
        A own = method.getAnnotation(kind);
        return own != null ? own : type.getAnnotation(kind);
    }

    /** @return {@code <fully.qualified.Class>.<method>}, of the REST client interface for a REST call */
    String defaultName() {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }

    /**
     * A method of a REST client interface with a body (a default method) is not a REST call: a
     * type-level binding reaches it in some runtimes only, so the library lets it run untouched there,
     * as it does everywhere else, rather than make a breaker no deployment declared.
     *
     * @return whether the library's interceptors only proceed
     */
    boolean passesThrough() {
        return restClientCall && !Modifier.isAbstract(method.getModifiers());
    }

    /** @return whether its outcome is that of the stage it returns ({@link InterceptedMethodReader#returnsStage}) */
    boolean returnsStage() {
        return InterceptedMethodReader.returnsStage(method);
    }

    /** @return whether its outcome is each subscription of the {@code Uni} it returns ({@link InterceptedMethodReader#returnsUni}) */
    boolean returnsUni() {
        return InterceptedMethodReader.returnsUni(method);
    }
}
