package dev.breaker.cdi;

import java.lang.reflect.Method;
import java.util.Set;

/**
 * How the library's interceptors read a call on a MicroProfile Rest Client interface. The runtimes
 * hand different things to an interceptor bound on the interface (each seen in Quarkus, Payara, Open
 * Liberty and WildFly):
 * <ul>
 *   <li>{@code InvocationContext.getMethod()} is the interface's own method in the Weld servers, but a
 *       method of the class Quarkus generates for the client ({@code X$$CDIWrapper}, which implements
 *       the interface), so a default name or a type-level annotation is read from the interface
 *       found here, never from the method's declaring class or the target's class;</li>
 *   <li>{@code getTarget()} is a JDK proxy (RESTEasy), the generated class's subclass (Quarkus), or an
 *       internal object that is not a client at all (Jersey, in Payara);</li>
 *   <li>Jersey runs each interceptor through a step that wraps a checked exception it throws
 *       ({@link #failureOf}).</li>
 * </ul>
 */
final class RestClientCalls {
    private static final String WELD_EXCEPTION = "org.jboss.weld.exceptions.WeldException";

    private final Set<String> interfaces;
    private final Set<String> standIns;

    /**
     * @param interfaces the binary names of the REST client interfaces found at deployment
     * @param standIns the binary names of the class beans that stand for them (Quarkus' generated ones)
     */
    RestClientCalls(Set<String> interfaces, Set<String> standIns) {
        this.interfaces = Set.copyOf(interfaces);
        this.standIns = Set.copyOf(standIns);
    }

    /**
     * @param invoked the method an interceptor was handed
     * @return the REST client interface's method behind it; {@code null} for a bean's own method (an
     *     application's own class implementing the interface included), and for a method of Quarkus'
     *     generated class that the interface does not have
     */
    Method interfaceMethodOf(Method invoked) {
        if (interfaces.isEmpty()) {
            return null;
        }
        Class<?> declaring = invoked.getDeclaringClass();
        if (declaring.isInterface()) {
            return interfaces.contains(declaring.getName()) ? invoked : null;
        }
        if (!standIns.contains(declaring.getName())) {
            return null;
        }
        for (Class<?> implemented : declaring.getInterfaces()) {
            if (interfaces.contains(implemented.getName())) {
                try {
                    return implemented.getMethod(invoked.getName(), invoked.getParameterTypes());
                } catch (NoSuchMethodException generatedOnly) {
                    return null; // close(), getDelegate() and the like: not a REST call
                }
            }
        }
        return null;
    }

    /**
     * The failure a REST call's settings judge: the wrapper that Payara's REST client puts around a
     * checked exception removed. Jersey runs each interceptor itself, through the container's
     * {@code Interceptor.intercept}, which in Weld wraps a checked exception that the interceptor throws
     * in a {@code org.jboss.weld.exceptions.WeldException} (and Jersey wraps any other checked exception
     * in {@code new RuntimeException(cause)}); so the interceptors outside the one that threw see the
     * wrapper. Without this, {@code failOn}, {@code skipOn} and {@code applyOn} listing a checked
     * exception would never match there. Only those two shapes are removed, and only around a checked
     * exception: a {@code WeldException}, and a plain {@code RuntimeException} with the message its
     * constructor writes.
     *
     * @param thrown what an interceptor's {@code proceed()} threw
     * @return the checked exception inside such a wrapper, else {@code thrown}
     */
    static Throwable failureOf(Throwable thrown) {
        Throwable current = thrown;
        // Bounded: a cause chain can be cyclic.
        for (int depth = 0; depth < 4 && current != null; depth++) {
            Throwable cause;
            try {
                cause = current.getCause();
            } catch (RuntimeException brokenGetCause) {
                return current;
            }
            boolean checked = cause instanceof Exception && !(cause instanceof RuntimeException);
            if (!checked || !isWrapper(current, cause)) {
                return current;
            }
            current = cause;
        }
        return current;
    }

    private static boolean isWrapper(Throwable thrown, Throwable cause) {
        Class<?> type = thrown.getClass();
        return type.getName().equals(WELD_EXCEPTION)
                || type == RuntimeException.class && cause.toString().equals(thrown.getMessage());
    }
}
