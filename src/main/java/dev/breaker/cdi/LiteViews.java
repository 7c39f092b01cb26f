package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.config.DeclaredValues;
import dev.breaker.deployment.BreakerAnnotation;
import dev.breaker.deployment.ClassView;
import dev.breaker.deployment.MethodView;
import dev.breaker.deployment.Scan;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.MethodConfig;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.enterprise.lang.model.AnnotationMember;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.declarations.ParameterInfo;
import jakarta.enterprise.lang.model.types.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads CDI Lite's language model ({@link ClassInfo}; in Quarkus, at build time, before any class is
 * loaded) into the framework-neutral {@link ClassView} that the deployment checks share with CDI Full.
 */
final class LiteViews {
    /** Bridge and synthetic methods, as the class file marks them. */
    private static final int COMPILER_GENERATED = 0x0040 | 0x1000;

    private LiteViews() {
    }

    static ClassView of(ClassInfo type) {
        Map<String, Integer> depth = new HashMap<>();
        BreakerAnnotation typeLevel = null;
        String declaredOn = type.name();
        int level = 0;
        for (ClassInfo c = type; c != null; c = c.superClassDeclaration()) {
            depth.put(c.name(), level++);
            AnnotationInfo annotation = c.annotation(Breaker.class);
            if (annotation == null) {
                continue; // a container that lists inherited annotations shows it on each subclass too
            }
            BreakerAnnotation read = read(annotation);
            if (typeLevel == null) {
                typeLevel = read;
            } else if (!read.equals(typeLevel)) {
                break;
            }
            declaredOn = c.name();
        }
        List<MethodView> methods = new ArrayList<>();
        type.methods().stream()
                // Interface methods are never covered. (Weld's translator also lists Object's and abstract
                // interface methods, whose parameters it cannot read.)
                .filter(method -> !method.declaringClass().isInterface()
                        && !method.declaringClass().name().equals(Object.class.getName()))
                .sorted(Comparator.comparingInt(method -> depth.getOrDefault(method.declaringClass().name(),
                        Integer.MAX_VALUE)))
                .forEach(method -> methods.add(of(method)));
        return new ClassView(type.name(), type.isFinal(), Optional.ofNullable(typeLevel), declaredOn, methods);
    }

    static MethodView of(MethodInfo method) {
        List<String> parameterTypes = new ArrayList<>();
        for (ParameterInfo parameter : method.parameters()) {
            parameterTypes.add(simpleName(parameter.type()));
        }
        AnnotationInfo own = method.annotation(Breaker.class);
        return new MethodView(method.declaringClass().name(), method.name(), parameterTypes,
                method.modifiers() & ~COMPILER_GENERATED, (method.modifiers() & COMPILER_GENERATED) != 0, Optional.ofNullable(own).map(LiteViews::read));
    }

    /** Removes the {@code @Breaker} annotations that cannot apply, as {@link Scan#unusableMethods()} explains. */
    static void disarm(ClassConfig type, Scan scan) {
        if (scan.typeUnusable()) {
            type.removeAnnotation(annotation -> annotation.name().equals(Breaker.class.getName()));
        }
        for (MethodConfig method : type.methods()) {
            if (scan.unusableMethods().contains(of(method.info()))) {
                method.removeAnnotation(annotation -> annotation.name().equals(Breaker.class.getName()));
            }
        }
    }

    static BreakerAnnotation read(AnnotationInfo breaker) {
        AnnotationMember name = breaker.member("name");
        AnnotationMember failureThreshold = breaker.member("failureThreshold");
        AnnotationMember timeoutSeconds = breaker.member("timeoutSeconds");
        AnnotationMember halfOpenMaxCalls = breaker.member("halfOpenMaxCalls");
        // A member the model leaves out is one the annotation left out: its default means "left out".
        return new BreakerAnnotation(name == null ? "" : name.asString(), new DeclaredValues(
                failureThreshold == null ? Breaker.UNSET : failureThreshold.asInt(),
                timeoutSeconds == null ? Breaker.UNSET : timeoutSeconds.asLong(),
                halfOpenMaxCalls == null ? Breaker.UNSET : halfOpenMaxCalls.asInt(),
                typeNames(breaker.member("failOn")), typeNames(breaker.member("skipOn"))));
    }

    private static List<String> typeNames(AnnotationMember types) {
        List<String> names = new ArrayList<>();
        if (types != null) {
            for (AnnotationMember type : types.asArray()) {
                names.add(type.asType().asClass().declaration().name());
            }
        }
        return names;
    }

    /** The simple name of a type's erasure, as {@link Class#getSimpleName()} gives it in CDI Full. */
    static String simpleName(Type type) {
        return switch (type.kind()) {
            case CLASS -> type.asClass().declaration().simpleName();
            case ARRAY -> simpleName(type.asArray().componentType()) + "[]";
            case PARAMETERIZED_TYPE -> type.asParameterizedType().genericClass().declaration().simpleName();
            case TYPE_VARIABLE -> type.asTypeVariable().bounds().isEmpty()
                    ? "Object" : simpleName(type.asTypeVariable().bounds().get(0));
            case PRIMITIVE -> type.asPrimitive().name();
            default -> "Object";
        };
    }
}
