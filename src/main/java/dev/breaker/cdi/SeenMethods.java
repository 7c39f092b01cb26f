package dev.breaker.cdi;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * What one interceptor instance has learned about each method it has intercepted. A container creates
 * one interceptor instance per intercepted bean instance and hands every call of one method the same
 * {@link Method} object, so a call finds its entry by comparing references: no map lookup, no lock, no
 * allocation. Only the first call of each method on each instance learns (and appends to the array).
 *
 * @param <T> what is learned about a method
 */
final class SeenMethods<T> {
    private static final Object[] NONE = new Object[0];

    /** Method, then what was learned, then the next method...; replaced, never changed in place. */
    private volatile Object[] entries = NONE;

    /**
     * @param method the intercepted method
     * @param target the intercepted instance
     * @param learn how to learn about the method on instances of the target's class, the first time;
     *     kept in a field by the caller, so that a call allocates nothing
     * @return what is known about it
     */
    @SuppressWarnings("unchecked")
    T find(Method method, Object target, BiFunction<Method, Class<?>, T> learn) {
        Object[] known = entries;
        for (int i = 0; i < known.length; i += 2) {
            if (known[i] == method) {
                return (T) known[i + 1];
            }
        }
        return remember(method, target.getClass(), learn);
    }

    @SuppressWarnings("unchecked")
    private synchronized T remember(Method method, Class<?> targetClass, BiFunction<Method, Class<?>, T> learn) {
        Object[] known = entries;
        for (int i = 0; i < known.length; i += 2) {
            // A container that copies Method objects still finds the entry, without growing the array.
            if (known[i].equals(method)) {
                return (T) known[i + 1];
            }
        }
        T learned = learn.apply(method, targetClass);
        Object[] grown = Arrays.copyOf(known, known.length + 2);
        grown[known.length] = method;
        grown[known.length + 1] = learned;
        entries = grown;
        return learned;
    }
}
