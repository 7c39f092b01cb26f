package dev.breaker.cdi;

import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.config.RetryValues;
import dev.breaker.deployment.CompanionClassView;
import dev.breaker.deployment.CompanionMethodView;
import dev.breaker.deployment.CompanionScan;
import dev.breaker.deployment.FallbackAnnotation;
import dev.breaker.deployment.TypeView;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.MethodConfig;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.enterprise.lang.model.AnnotationMember;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.declarations.ParameterInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads CDI Lite's language model ({@link ClassInfo}; in Quarkus, at build time, before any class is
 * loaded) into the framework-neutral {@link CompanionClassView}, giving what
 * {@link CompanionReflectionViews} gives in CDI Full.
 */
final class CompanionLiteViews {
    /** Bridge and synthetic methods, as the class file marks them. */
    private static final int COMPILER_GENERATED = 0x0040 | 0x1000;

    private CompanionLiteViews() {
    }

    static CompanionClassView of(ClassInfo type) {
        Map<String, Integer> depth = new HashMap<>();
        RetryValues typeLevel = null;
        String declaredOn = type.name();
        int level = 0;
        for (ClassInfo c = type; c != null; c = c.superClassDeclaration()) {
            depth.put(c.name(), level++);
            AnnotationInfo annotation = c.annotation(RetryWithBackoff.class);
            if (annotation == null) {
                continue; // a container that lists inherited annotations shows it on each subclass too
            }
            RetryValues read = readRetry(annotation);
            if (typeLevel == null) {
                typeLevel = read;
            } else if (!read.equals(typeLevel)) {
                break;
            }
            declaredOn = c.name();
        }
        List<CompanionMethodView> methods = new ArrayList<>();
        type.methods().stream()
                // Interface methods are never intercepted nor fallbacks. (Weld's translator also lists
                // Object's and abstract interface methods, whose parameters it cannot read.)
                .filter(method -> !method.declaringClass().isInterface()
                        && !method.declaringClass().name().equals(Object.class.getName()))
                .sorted(Comparator.comparingInt(method -> depth.getOrDefault(method.declaringClass().name(),
                        Integer.MAX_VALUE)))
                .forEach(method -> methods.add(of(method)));
        return new CompanionClassView(type.name(), type.isFinal(), Optional.ofNullable(typeLevel), declaredOn, methods);
    }

    /** @return whether the class, a superclass or one of the methods carries either annotation */
    static boolean mentionsCompanions(ClassInfo type) {
        for (ClassInfo c = type; c != null; c = c.superClassDeclaration()) {
            if (c.hasAnnotation(RetryWithBackoff.class)) {
                return true;
            }
        }
        return type.methods().stream().anyMatch(method ->
                method.hasAnnotation(RetryWithBackoff.class) || method.hasAnnotation(WithFallback.class));
    }

    static CompanionMethodView of(MethodInfo method) {
        List<TypeView> parameters = new ArrayList<>();
        for (ParameterInfo parameter : method.parameters()) {
            parameters.add(LiteTypeViews.of(parameter.type()));
        }
        AnnotationInfo retry = method.annotation(RetryWithBackoff.class);
        AnnotationInfo fallback = method.annotation(WithFallback.class);
        return new CompanionMethodView(method.declaringClass().name(), method.name(), parameters,
                LiteTypeViews.of(method.returnType()), method.modifiers() & ~COMPILER_GENERATED,
                (method.modifiers() & COMPILER_GENERATED) != 0,
                Optional.ofNullable(retry).map(CompanionLiteViews::readRetry),
                Optional.ofNullable(fallback).map(CompanionLiteViews::readFallback));
    }

    /** @return the {@link CompanionMethodView#key() key} of a method, without reading the rest of it */
    static String keyOf(MethodInfo method) {
        return method.declaringClass().name() + "#" + method.name() + method.parameters().stream()
                .map(parameter -> LiteTypeViews.erasure(parameter.type(), true))
                .collect(Collectors.joining(",", "(", ")"));
    }

    /**
     * Changes the container's model: removes the annotations that cannot apply, as
     * {@link CompanionScan#unusableMethods()} explains, and binds {@link FallbackInterceptor} to every
     * other {@code @WithFallback} method.
     */
    static void configure(ClassConfig type, CompanionScan scan) {
        if (scan.typeRetryUnusable()) {
            type.removeAnnotation(annotation -> annotation.name().equals(RetryWithBackoff.class.getName()));
        }
        for (MethodConfig method : type.methods()) {
            MethodInfo info = method.info();
            if (scan.unusableMethods().contains(keyOf(info))) {
                method.removeAnnotation(annotation -> annotation.name().equals(RetryWithBackoff.class.getName())
                        || annotation.name().equals(WithFallback.class.getName()));
            } else if (info.hasAnnotation(WithFallback.class) && !info.hasAnnotation(FallbackBinding.class)) {
                method.addAnnotation(FallbackBinding.class);
            }
        }
    }

    /** A member the model leaves out is one the annotation left out: its default means "left out". */
    static RetryValues readRetry(AnnotationInfo retry) {
        AnnotationMember maxAttempts = retry.member("maxAttempts");
        AnnotationMember baseDelayMillis = retry.member("baseDelayMillis");
        AnnotationMember multiplier = retry.member("multiplier");
        AnnotationMember maxDelayMillis = retry.member("maxDelayMillis");
        AnnotationMember jitter = retry.member("jitter");
        return new RetryValues(
                maxAttempts == null ? RetryWithBackoff.UNSET : maxAttempts.asInt(),
                baseDelayMillis == null ? RetryWithBackoff.UNSET : baseDelayMillis.asLong(),
                multiplier == null ? Double.NaN : multiplier.asDouble(),
                maxDelayMillis == null ? RetryWithBackoff.UNSET : maxDelayMillis.asLong(),
                jitter == null ? Double.NaN : jitter.asDouble(),
                typeNames(retry.member("retryOn")), typeNames(retry.member("abortOn")));
    }

    private static FallbackAnnotation readFallback(AnnotationInfo fallback) {
        AnnotationMember value = fallback.member(AnnotationMember.VALUE);
        return new FallbackAnnotation(value == null ? "" : value.asString(),
                types(fallback.member("applyOn")), types(fallback.member("skipOn")));
    }

    private static List<String> typeNames(AnnotationMember types) {
        return types(types).stream().map(TypeView::name).toList();
    }

    private static List<TypeView> types(AnnotationMember types) {
        List<TypeView> views = new ArrayList<>();
        if (types != null) {
            for (AnnotationMember type : types.asArray()) {
                views.add(LiteTypeViews.of(type.asType()));
            }
        }
        return views;
    }
}
