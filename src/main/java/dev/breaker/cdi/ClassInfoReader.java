package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.config.BreakerKeys;
import dev.breaker.config.KeyFamily;
import dev.breaker.config.MemberForm;
import dev.breaker.config.MemberKind;
import dev.breaker.config.MemberValues;
import dev.breaker.config.RetryKeys;
import dev.breaker.deployment.Binding;
import dev.breaker.deployment.BreakerAnnotation;
import dev.breaker.deployment.ClassView;
import dev.breaker.deployment.FallbackAnnotation;
import dev.breaker.deployment.MethodView;
import dev.breaker.deployment.RestClientScanner;
import dev.breaker.deployment.ScannedClass;
import dev.breaker.deployment.TypeView;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.MethodConfig;
import jakarta.enterprise.lang.model.AnnotationInfo;
import jakarta.enterprise.lang.model.AnnotationMember;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.declarations.MethodInfo;
import jakarta.enterprise.lang.model.declarations.ParameterInfo;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads CDI Lite's language model ({@link ClassInfo}; in Quarkus, at build time, before any class is
 * loaded) into the framework-neutral {@link ClassView} that the deployment checks share with CDI Full,
 * giving what {@link AnnotatedTypeReader} gives there; and changes the model as a {@link ScannedClass} says.
 */
final class ClassInfoReader {
    /** Bridge and synthetic methods, as the class file marks them. */
    private static final int COMPILER_GENERATED = 0x0040 | 0x1000;

    private ClassInfoReader() {
    }

    /** @return whether the class, a superclass or one of the methods carries one of the library's annotations */
    static boolean mentionsAny(ClassInfo type) {
        for (ClassInfo c = type; c != null; c = c.superClassDeclaration()) {
            if (c.hasAnnotation(Breaker.class) || c.hasAnnotation(RetryWithBackoff.class)) {
                return true;
            }
        }
        return type.methods().stream().anyMatch(method -> method.hasAnnotation(Breaker.class)
                || method.hasAnnotation(RetryWithBackoff.class) || method.hasAnnotation(WithFallback.class));
    }

    static ClassView of(ClassInfo type) {
        Map<String, Integer> depth = new HashMap<>();
        int level = 0;
        for (ClassInfo c = type; c != null; c = c.superClassDeclaration()) {
            depth.put(c.name(), level++);
        }
        TypeLevel<BreakerAnnotation> breaker = typeLevel(type, Breaker.class, ClassInfoReader::readBreaker);
        TypeLevel<MemberValues> retry = typeLevel(type, RetryWithBackoff.class, ClassInfoReader::readRetry);
        List<MethodView> methods = new ArrayList<>();
        type.methods().stream()
                // Interface methods are never intercepted nor fallbacks. (Weld's translator also lists
                // Object's and abstract interface methods, whose parameters it cannot read.)
                .filter(method -> !method.declaringClass().isInterface()
                        && !method.declaringClass().name().equals(Object.class.getName()))
                .sorted(Comparator.comparingInt(method -> depth.getOrDefault(method.declaringClass().name(),
                        Integer.MAX_VALUE)))
                .forEach(method -> methods.add(of(method)));
        return new ClassView(type.name(), type.isFinal(), Optional.ofNullable(breaker.annotation()),
                breaker.declaredOn(), Optional.ofNullable(retry.annotation()), retry.declaredOn(), methods);
    }

    /** @return whether the type is a REST client interface ({@code @RegisterRestClient}, matched by name) */
    static boolean isRestClient(ClassInfo type) {
        return type.isInterface()
                && type.hasAnnotation(annotation -> annotation.name().equals(RestClientScanner.REGISTER_REST_CLIENT));
    }

    /**
     * @param bean a bean class
     * @param judged what was found for each interface already seen (by binary name; shared across the
     *     deployment's beans, which often implement the same interfaces)
     * @return the interfaces it implements (through its superclasses and other interfaces too) that carry
     *     any of the library's annotations, on the interface or on a method it declares, and that no REST
     *     client reads (not {@code @RegisterRestClient}, no JAX-RS annotation: an API shared by a resource
     *     and a client built by {@code RestClientBuilder} carries its client's annotations): each with its
     *     methods
     */
    static List<ClassView> interfacesOf(ClassInfo bean, Map<String, Optional<ClassView>> judged) {
        Map<String, ClassInfo> found = new LinkedHashMap<>();
        Deque<ClassInfo> pending = new ArrayDeque<>();
        for (ClassInfo c = bean; c != null; c = c.superClassDeclaration()) {
            pending.addAll(c.superInterfacesDeclarations());
        }
        while (!pending.isEmpty()) {
            ClassInfo implemented = pending.removeFirst();
            if (found.putIfAbsent(implemented.name(), implemented) == null) {
                pending.addAll(implemented.superInterfacesDeclarations());
            }
        }
        return found.values().stream().map(type -> judged.computeIfAbsent(type.name(), name -> judge(type)))
                .flatMap(Optional::stream).toList();
    }

    private static Optional<ClassView> judge(ClassInfo type) {
        List<MethodInfo> declared = type.methods().stream()
                .filter(method -> method.declaringClass().name().equals(type.name())).toList();
        boolean declaresAny = type.hasAnnotation(Breaker.class) || type.hasAnnotation(RetryWithBackoff.class)
                || declared.stream().anyMatch(method -> method.hasAnnotation(Breaker.class)
                        || method.hasAnnotation(RetryWithBackoff.class) || method.hasAnnotation(WithFallback.class));
        boolean readByClients = type.hasAnnotation(ClassInfoReader::isRestAnnotation)
                || declared.stream().anyMatch(method -> method.hasAnnotation(ClassInfoReader::isRestAnnotation));
        return declaresAny && !readByClients ? Optional.of(ofInterface(type)) : Optional.empty();
    }

    private static boolean isRestAnnotation(AnnotationInfo annotation) {
        return RestClientScanner.readByRestClients(annotation.name());
    }

    /**
     * A REST client interface: its own methods, then those it inherits from other interfaces and does
     * not redeclare (static and private methods are never inherited).
     */
    static ClassView ofInterface(ClassInfo type) {
        List<MethodView> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> visited = new HashSet<>();
        Deque<ClassInfo> pending = new ArrayDeque<>(List.of(type));
        while (!pending.isEmpty()) {
            ClassInfo c = pending.removeFirst();
            if (!visited.add(c.name())) {
                continue;
            }
            for (MethodInfo method : c.methods()) {
                if (!method.declaringClass().name().equals(c.name()) || method.isConstructor()
                        || method.name().equals("<clinit>")) {
                    continue;
                }
                MethodView view = of(method);
                boolean inheritable = !method.isStatic() && !Modifier.isPrivate(method.modifiers());
                if (c == type) {
                    seen.add(view.signature());
                    methods.add(view);
                } else if (inheritable && seen.add(view.signature())) {
                    methods.add(view);
                }
            }
            pending.addAll(c.superInterfacesDeclarations());
        }
        AnnotationInfo breaker = type.annotation(Breaker.class);
        AnnotationInfo retry = type.annotation(RetryWithBackoff.class);
        return new ClassView(type.name(), false, Optional.ofNullable(breaker).map(ClassInfoReader::readBreaker),
                type.name(), Optional.ofNullable(retry).map(ClassInfoReader::readRetry), type.name(), methods);
    }

    static MethodView of(MethodInfo method) {
        List<TypeView> parameters = new ArrayList<>();
        for (ParameterInfo parameter : method.parameters()) {
            parameters.add(LangModelTypeReader.of(parameter.type()));
        }
        return new MethodView(method.declaringClass().name(), method.name(), parameters,
                LangModelTypeReader.of(method.returnType()),
                method.modifiers() & ~COMPILER_GENERATED | (method.isAbstract() ? Modifier.ABSTRACT : 0),
                (method.modifiers() & COMPILER_GENERATED) != 0,
                Optional.ofNullable(method.annotation(Breaker.class)).map(ClassInfoReader::readBreaker),
                Optional.ofNullable(method.annotation(RetryWithBackoff.class)).map(ClassInfoReader::readRetry),
                Optional.ofNullable(method.annotation(WithFallback.class)).map(ClassInfoReader::readFallback));
    }

    /** @return the {@link MethodView#key() key} of a method, without reading the rest of it */
    static String keyOf(MethodInfo method) {
        return method.declaringClass().name() + "#" + method.name() + method.parameters().stream()
                .map(parameter -> LangModelTypeReader.erasure(parameter.type(), true))
                .collect(Collectors.joining(",", "(", ")"));
    }

    /**
     * Changes the container's model: removes the annotations that cannot apply, as
     * {@link ScannedClass#unusableMethods()} explains.
     */
    static void configure(ClassConfig type, ScannedClass scan) {
        for (Binding binding : scan.unusableOnType()) {
            type.removeAnnotation(annotation -> annotation.name().equals(binding.annotation().getName()));
        }
        for (MethodConfig method : type.methods()) {
            for (Binding binding : scan.unusableOn(keyOf(method.info()))) {
                method.removeAnnotation(annotation -> annotation.name().equals(binding.annotation().getName()));
            }
        }
    }

    /**
     * The type-level annotation and the class that declares it: the farthest superclass declaring the
     * same one (a container that lists inherited annotations shows it on each subclass too).
     */
    private static <A> TypeLevel<A> typeLevel(ClassInfo type, Class<? extends java.lang.annotation.Annotation> kind,
            Function<AnnotationInfo, A> read) {
        A typeLevel = null;
        String declaredOn = type.name();
        for (ClassInfo c = type; c != null; c = c.superClassDeclaration()) {
            AnnotationInfo annotation = c.annotation(kind);
            if (annotation == null) {
                continue;
            }
            A found = read.apply(annotation);
            if (typeLevel == null) {
                typeLevel = found;
            } else if (!found.equals(typeLevel)) {
                break;
            }
            declaredOn = c.name();
        }
        return new TypeLevel<>(typeLevel, declaredOn);
    }

    private record TypeLevel<A>(A annotation, String declaredOn) {
    }

    // A member the model leaves out is one the annotation left out: its default means "left out".

    private static BreakerAnnotation readBreaker(AnnotationInfo breaker) {
        AnnotationMember name = breaker.member("name");
        return new BreakerAnnotation(name == null ? "" : name.asString(), read(breaker, BreakerKeys.FAMILY));
    }

    private static MemberValues readRetry(AnnotationInfo retry) {
        return read(retry, RetryKeys.FAMILY);
    }

    /** The members of a family's annotation, as {@link MemberValues#read} reads a loaded one. */
    private static MemberValues read(AnnotationInfo annotation, KeyFamily family) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (MemberForm<?, ?> member : family.members()) {
            AnnotationMember value = annotation.member(member.name());
            if (value != null) {
                Object read = member.kind() == MemberKind.INT ? (Object) value.asInt()
                        : member.kind() == MemberKind.LONG ? (Object) value.asLong() : (Object) value.asDouble();
                if (!member.kind().isUnset(read)) {
                    given.put(member.name(), read);
                }
            }
        }
        for (String member : family.typeMembers()) {
            List<String> names = typeNames(annotation.member(member));
            if (!names.isEmpty()) {
                given.put(member, names);
            }
        }
        return new MemberValues(given);
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
                views.add(LangModelTypeReader.of(type.asType()));
            }
        }
        return views;
    }
}
