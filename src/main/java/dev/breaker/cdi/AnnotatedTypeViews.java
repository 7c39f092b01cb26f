package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.config.DeclaredValues;
import dev.breaker.deployment.BreakerAnnotation;
import dev.breaker.deployment.ClassView;
import dev.breaker.deployment.MethodView;
import dev.breaker.deployment.Scan;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.configurator.AnnotatedMethodConfigurator;
import jakarta.enterprise.inject.spi.configurator.AnnotatedTypeConfigurator;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads CDI Full's {@link AnnotatedType} (after other extensions have changed it) into the
 * framework-neutral {@link ClassView} that the deployment checks share with CDI Lite.
 */
final class AnnotatedTypeViews {
    private AnnotatedTypeViews() {
    }

    /** @return whether the type or one of its methods carries {@code @Breaker}: a cheap first look */
    static boolean mentionsBreaker(AnnotatedType<?> type) {
        if (type.isAnnotationPresent(Breaker.class)) {
            return true;
        }
        for (AnnotatedMethod<?> method : type.getMethods()) {
            if (method.isAnnotationPresent(Breaker.class)) {
                return true;
            }
        }
        return false;
    }

    static ClassView of(AnnotatedType<?> type) {
        Class<?> javaClass = type.getJavaClass();
        Map<Class<?>, Integer> depth = new HashMap<>();
        int level = 0;
        for (Class<?> c = javaClass; c != null; c = c.getSuperclass()) {
            depth.put(c, level++);
        }
        List<MethodView> methods = new ArrayList<>();
        type.getMethods().stream()
                .filter(method -> !method.getJavaMember().getDeclaringClass().isInterface()) // never covered
                .sorted(Comparator.comparingInt(method -> depth.getOrDefault(
                        method.getJavaMember().getDeclaringClass(), Integer.MAX_VALUE)))
                .forEach(method -> methods.add(of(method)));
        Optional<BreakerAnnotation> typeLevel = Optional.ofNullable(type.getAnnotation(Breaker.class))
                .map(AnnotatedTypeViews::read);
        return new ClassView(javaClass.getName(), java.lang.reflect.Modifier.isFinal(javaClass.getModifiers()),
                typeLevel, declaredOn(javaClass, type.getAnnotation(Breaker.class)), methods);
    }

    static MethodView of(AnnotatedMethod<?> annotated) {
        Method method = annotated.getJavaMember();
        List<String> parameterTypes = new ArrayList<>();
        for (Class<?> parameter : method.getParameterTypes()) {
            parameterTypes.add(parameter.getSimpleName());
        }
        return new MethodView(method.getDeclaringClass().getName(), method.getName(), parameterTypes,
                method.getModifiers(), method.isSynthetic() || method.isBridge(),
                Optional.ofNullable(annotated.getAnnotation(Breaker.class)).map(AnnotatedTypeViews::read));
    }

    /** Removes the {@code @Breaker} annotations that cannot apply, as {@link Scan#unusableMethods()} explains. */
    static <T> void disarm(AnnotatedTypeConfigurator<T> configurator, Scan scan) {
        if (scan.typeUnusable()) {
            configurator.remove(annotation -> annotation.annotationType() == Breaker.class);
        }
        for (AnnotatedMethodConfigurator<? super T> method : configurator.methods()) {
            if (scan.unusableMethods().contains(of(method.getAnnotated()))) {
                method.remove(annotation -> annotation.annotationType() == Breaker.class);
            }
        }
    }

    private static BreakerAnnotation read(Breaker breaker) {
        return new BreakerAnnotation(breaker.name(), DeclaredValues.of(breaker));
    }

    /**
     * The class that declares the type-level {@code @Breaker}: the farthest superclass declaring the same
     * one, as CDI Lite reports it too. The class itself when another extension added the annotation.
     */
    private static String declaredOn(Class<?> javaClass, Breaker effective) {
        String declaredOn = javaClass.getName();
        if (effective == null) {
            return declaredOn;
        }
        for (Class<?> c = javaClass; c != null; c = c.getSuperclass()) {
            Breaker own = c.getDeclaredAnnotation(Breaker.class);
            if (own == null) {
                continue;
            }
            if (!read(own).equals(read(effective))) {
                break;
            }
            declaredOn = c.getName();
        }
        return declaredOn;
    }
}
