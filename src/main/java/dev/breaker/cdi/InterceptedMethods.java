package dev.breaker.cdi;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What one of the library's interceptors needs to know about each method it intercepts (its breaker,
 * its retry, its fallback), resolved once per bean class and method for the whole application, and
 * kept by the application-scoped bean that resolves it.
 *
 * <p>Why here and not in the interceptor: a container makes one interceptor instance per bean
 * instance, so for a {@code @Dependent} or {@code @RequestScoped} bean, what an interceptor instance
 * kept would be resolved again for every bean instance, every request. Why per bean class and not per
 * {@link Method} alone: a type-level annotation depends on the class of the instance, and two bean
 * classes may inherit one method from a common superclass.
 *
 * <p><b>The call path.</b> A call finds its bean class's table in a {@link ConcurrentHashMap} (a read
 * without a lock), then its method by comparing references: a container hands every call of one method
 * the same {@link Method} object. No lock, no allocation. Only the first call of a method on a class
 * resolves it, and appends to the table under the table's lock.
 *
 * <p>Not for applications: public only because it is handed to the interceptors through the client
 * proxy of the bean that resolves it.
 *
 * @param <T> what is resolved about a method
 */
public final class InterceptedMethods<T> {
    private final Map<Class<?>, ClassTable> byClass = new ConcurrentHashMap<>();
    private final BiFunction<Method, Class<?>, T> resolve;
    private final Function<Class<?>, ClassTable> newTable = targetClass -> new ClassTable();

    /**
     * @param resolve how to resolve a method on instances of a class, at its first call; it may throw,
     *     and then resolves again at the next call
     */
    InterceptedMethods(BiFunction<Method, Class<?>, T> resolve) {
        this.resolve = resolve;
    }

    /**
     * @param invocation an intercepted call
     * @return what is known about its method, on instances of its target's class
     */
    T of(InvocationContext invocation) {
        Class<?> targetClass = invocation.getTarget().getClass();
        ClassTable table = byClass.get(targetClass);
        if (table == null) {
            table = byClass.computeIfAbsent(targetClass, newTable);
        }
        return table.find(invocation.getMethod(), targetClass);
    }

    /** The methods of one bean class resolved so far. */
    private final class ClassTable {
        private static final Object[] NONE = new Object[0];

        /** Method, then what was resolved, then the next method...; replaced, never changed in place. */
        private volatile Object[] entries = NONE;

        @SuppressWarnings("unchecked")
        T find(Method method, Class<?> targetClass) {
            Object[] known = entries;
            for (int i = 0; i < known.length; i += 2) {
                if (known[i] == method) {
                    return (T) known[i + 1];
                }
            }
            return remember(method, targetClass);
        }

        @SuppressWarnings("unchecked")
        private synchronized T remember(Method method, Class<?> targetClass) {
            Object[] known = entries;
            for (int i = 0; i < known.length; i += 2) {
                // A container that copies Method objects still finds the entry, without growing the array.
                if (known[i].equals(method)) {
                    return (T) known[i + 1];
                }
            }
            T resolved = resolve.apply(method, targetClass);
            Object[] grown = Arrays.copyOf(known, known.length + 2);
            grown[known.length] = method;
            grown[known.length + 1] = resolved;
            entries = grown;
            return resolved;
        }
    }
}
