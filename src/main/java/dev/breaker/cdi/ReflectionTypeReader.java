package dev.breaker.cdi;

import dev.breaker.deployment.TypeView;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a reflected type into a {@link TypeView}: in CDI Full at deployment, and at run time where
 * the interceptor finds a fallback method. Gives exactly what {@link LangModelTypeReader} gives for the same
 * type, so both extensions word their messages alike.
 */
final class ReflectionTypeReader {
    private ReflectionTypeReader() {
    }

    /**
     * @param generic the type as declared
     * @param erasure its erasure, as {@link java.lang.reflect.Method#getParameterTypes()} gives it
     * @return its view
     */
    static TypeView of(Type generic, Class<?> erasure) {
        return new TypeView(binaryName(erasure), erasure.getSimpleName(), written(generic, false),
                written(generic, true), isConcrete(generic), supertypes(erasure));
    }

    /**
     * @param type a class
     * @return its view, with no type arguments
     */
    static TypeView of(Class<?> type) {
        return of(type, type);
    }

    /** The binary name, with arrays written as {@code java.lang.String[]} as the language model writes them. */
    static String binaryName(Class<?> type) {
        return type.isArray() ? binaryName(type.getComponentType()) + "[]" : type.getName();
    }

    private static String written(Type type, boolean binary) {
        if (type instanceof Class<?> c) {
            return binary ? binaryName(c) : c.getSimpleName();
        }
        if (type instanceof ParameterizedType parameterized) {
            return written(parameterized.getRawType(), binary) + Stream.of(parameterized.getActualTypeArguments())
                    .map(argument -> written(argument, binary)).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof GenericArrayType array) {
            return written(array.getGenericComponentType(), binary) + "[]";
        }
        if (type instanceof TypeVariable<?> variable) {
            return variable.getName();
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getLowerBounds().length > 0) {
                return "? super " + written(wildcard.getLowerBounds()[0], binary);
            }
            Type upper = wildcard.getUpperBounds().length > 0 ? wildcard.getUpperBounds()[0] : Object.class;
            return upper == Object.class ? "?" : "? extends " + written(upper, binary);
        }
        return type.getTypeName();
    }

    private static boolean isConcrete(Type type) {
        if (type instanceof Class<?>) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            return Stream.of(parameterized.getActualTypeArguments()).allMatch(ReflectionTypeReader::isConcrete);
        }
        if (type instanceof GenericArrayType array) {
            return isConcrete(array.getGenericComponentType());
        }
        return false;
    }

    private static Set<String> supertypes(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        if (type.isPrimitive()) {
            names.add(type.getName());
            return names;
        }
        names.add(binaryName(type));
        if (type.isArray()) {
            names.add(Cloneable.class.getName());
            names.add(java.io.Serializable.class.getName());
        }
        Deque<Class<?>> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            Class<?> current = pending.poll();
            if (current.getSuperclass() != null && names.add(current.getSuperclass().getName())) {
                pending.add(current.getSuperclass());
            }
            for (Class<?> implemented : current.getInterfaces()) {
                if (names.add(implemented.getName())) {
                    pending.add(implemented);
                }
            }
        }
        names.add(Object.class.getName());
        return names;
    }
}
