package dev.breaker.cdi;

import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.config.RetryValues;
import dev.breaker.deployment.CompanionClassView;
import dev.breaker.deployment.CompanionMethodView;
import dev.breaker.deployment.CompanionScan;
import dev.breaker.deployment.FallbackAnnotation;
import dev.breaker.deployment.TypeView;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.configurator.AnnotatedMethodConfigurator;
import jakarta.enterprise.inject.spi.configurator.AnnotatedTypeConfigurator;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a class into the framework-neutral {@link CompanionClassView}: in CDI Full from the container's
 * {@link AnnotatedType} (after other extensions have changed it), and at run time from the class alone,
 * where the interceptor finds a fallback method through the same check the deployment ran.
 */
final class CompanionReflectionViews {
    private CompanionReflectionViews() {
    }

    /** @return whether the type or one of its methods carries either annotation: a cheap first look */
    static boolean mentionsCompanions(AnnotatedType<?> type) {
        if (type.isAnnotationPresent(RetryWithBackoff.class)) {
            return true;
        }
        for (AnnotatedMethod<?> method : type.getMethods()) {
            if (method.isAnnotationPresent(RetryWithBackoff.class) || method.isAnnotationPresent(WithFallback.class)) {
                return true;
            }
        }
        return false;
    }

    /** The annotations as the container sees them; for a method it does not list, as the class file says. */
    static CompanionClassView of(AnnotatedType<?> type) {
        Map<Method, AnnotatedMethod<?>> annotated = new HashMap<>();
        type.getMethods().forEach(method -> annotated.put(method.getJavaMember(), method));
        return of(type.getJavaClass(), type.getAnnotation(RetryWithBackoff.class),
                method -> annotated.containsKey(method) ? annotated.get(method).getAnnotation(RetryWithBackoff.class)
                        : method.getAnnotation(RetryWithBackoff.class),
                method -> annotated.containsKey(method) ? annotated.get(method).getAnnotation(WithFallback.class)
                        : method.getAnnotation(WithFallback.class));
    }

    /** The annotations as the class files say. */
    static CompanionClassView of(Class<?> javaClass) {
        return of(javaClass, javaClass.getAnnotation(RetryWithBackoff.class),
                method -> method.getAnnotation(RetryWithBackoff.class), method -> method.getAnnotation(WithFallback.class));
    }

    private static CompanionClassView of(Class<?> javaClass, RetryWithBackoff typeRetry,
            Function<Method, RetryWithBackoff> retryOf, Function<Method, WithFallback> fallbackOf) {
        List<CompanionMethodView> methods = new ArrayList<>();
        for (Class<?> c = javaClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                methods.add(of(method, retryOf.apply(method), fallbackOf.apply(method)));
            }
        }
        return new CompanionClassView(javaClass.getName(), Modifier.isFinal(javaClass.getModifiers()),
                Optional.ofNullable(typeRetry).map(RetryValues::of), declaredOn(javaClass, typeRetry), methods);
    }

    static CompanionMethodView of(Method method, RetryWithBackoff retry, WithFallback fallback) {
        List<TypeView> parameters = new ArrayList<>();
        Class<?>[] erased = method.getParameterTypes();
        java.lang.reflect.Type[] generic = method.getGenericParameterTypes();
        for (int i = 0; i < erased.length; i++) {
            parameters.add(ReflectionTypeViews.of(generic.length == erased.length ? generic[i] : erased[i], erased[i]));
        }
        return new CompanionMethodView(method.getDeclaringClass().getName(), method.getName(), parameters,
                ReflectionTypeViews.of(method.getGenericReturnType(), method.getReturnType()), method.getModifiers(),
                method.isSynthetic() || method.isBridge(), Optional.ofNullable(retry).map(RetryValues::of),
                Optional.ofNullable(fallback).map(CompanionReflectionViews::read));
    }

    /** @return the {@link CompanionMethodView#key() key} of a method, without reading the rest of it */
    static String keyOf(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + Stream.of(method.getParameterTypes())
                .map(ReflectionTypeViews::binaryName).collect(Collectors.joining(",", "(", ")"));
    }

    /** @return whether {@link #configure} has anything to change: asking for a configurator rebuilds the type */
    static boolean needsConfiguring(AnnotatedType<?> type, CompanionScan scan) {
        return scan.needsDisarming() || type.getMethods().stream().anyMatch(method ->
                method.isAnnotationPresent(WithFallback.class) && !method.isAnnotationPresent(FallbackBinding.class));
    }

    /**
     * Changes the container's model: removes the annotations that cannot apply, as
     * {@link CompanionScan#unusableMethods()} explains, and binds {@link FallbackInterceptor} to every
     * other {@code @WithFallback} method.
     */
    static <T> void configure(AnnotatedTypeConfigurator<T> configurator, CompanionScan scan) {
        if (scan.typeRetryUnusable()) {
            configurator.remove(annotation -> annotation.annotationType() == RetryWithBackoff.class);
        }
        for (AnnotatedMethodConfigurator<? super T> method : configurator.methods()) {
            AnnotatedMethod<? super T> annotated = method.getAnnotated();
            if (scan.unusableMethods().contains(keyOf(annotated.getJavaMember()))) {
                method.remove(annotation -> annotation.annotationType() == RetryWithBackoff.class
                        || annotation.annotationType() == WithFallback.class);
            } else if (annotated.isAnnotationPresent(WithFallback.class)
                    && !annotated.isAnnotationPresent(FallbackBinding.class)) {
                method.add(FallbackBinding.Literal.INSTANCE);
            }
        }
    }

    private static FallbackAnnotation read(WithFallback fallback) {
        return new FallbackAnnotation(fallback.value(), views(fallback.applyOn()), views(fallback.skipOn()));
    }

    private static List<TypeView> views(Class<?>[] types) {
        return Stream.of(types).map(ReflectionTypeViews::of).toList();
    }

    /**
     * The class that declares the type-level annotation: the farthest superclass declaring the same one,
     * as CDI Lite reports it too. The class itself when another extension added the annotation.
     */
    private static String declaredOn(Class<?> javaClass, RetryWithBackoff effective) {
        String declaredOn = javaClass.getName();
        if (effective == null) {
            return declaredOn;
        }
        RetryValues values = RetryValues.of(effective);
        for (Class<?> c = javaClass; c != null; c = c.getSuperclass()) {
            RetryWithBackoff own = c.getDeclaredAnnotation(RetryWithBackoff.class);
            if (own == null) {
                continue;
            }
            if (!RetryValues.of(own).equals(values)) {
                break;
            }
            declaredOn = c.getName();
        }
        return declaredOn;
    }
}
