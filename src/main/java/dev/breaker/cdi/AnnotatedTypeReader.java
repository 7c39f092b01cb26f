package dev.breaker.cdi;

import dev.breaker.Breaker;
import dev.breaker.RetryWithBackoff;
import dev.breaker.WithFallback;
import dev.breaker.config.BreakerKeys;
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
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.configurator.AnnotatedMethodConfigurator;
import jakarta.enterprise.inject.spi.configurator.AnnotatedTypeConfigurator;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a class into the framework-neutral {@link ClassView} that the deployment checks share with CDI
 * Lite ({@link ClassInfoReader}): in CDI Full from the container's {@link AnnotatedType} (after other
 * extensions have changed it), and at run time from the class alone, where the interceptor finds a
 * fallback method through the same check the deployment ran. Also changes the container's model as a
 * {@link ScannedClass} says.
 */
final class AnnotatedTypeReader {
    private AnnotatedTypeReader() {
    }

    /** @return whether the type or one of its methods carries one of the library's annotations: a cheap first look */
    static boolean mentionsAny(AnnotatedType<?> type) {
        return type.isAnnotationPresent(Breaker.class) || type.isAnnotationPresent(RetryWithBackoff.class)
                || type.getMethods().stream().anyMatch(method -> method.isAnnotationPresent(Breaker.class)
                        || method.isAnnotationPresent(RetryWithBackoff.class)
                        || method.isAnnotationPresent(WithFallback.class));
    }

    /** The annotations as the container sees them; for a method it does not list, as the class file says. */
    static ClassView of(AnnotatedType<?> type) {
        Map<Method, AnnotatedMethod<?>> annotated = new HashMap<>();
        type.getMethods().forEach(method -> annotated.put(method.getJavaMember(), method));
        return of(type.getJavaClass(), type::getAnnotation, method -> annotated.containsKey(method)
                ? annotated.get(method)::getAnnotation : method::getAnnotation);
    }

    /** The annotations as the class files say. */
    static ClassView of(Class<?> javaClass) {
        return of(javaClass, javaClass::getAnnotation, method -> method::getAnnotation);
    }

    /** @return whether the type is a REST client interface ({@code @RegisterRestClient}, matched by name) */
    static boolean isRestClient(AnnotatedType<?> type) {
        return type.getJavaClass().isInterface() && type.getAnnotations().stream()
                .anyMatch(annotation -> annotation.annotationType().getName().equals(RestClientScanner.REGISTER_REST_CLIENT));
    }

    /**
     * @param beanClass a bean class
     * @param judged what was found for each interface already seen (by binary name; shared across the
     *     deployment's beans, which often implement the same interfaces)
     * @return the interfaces it implements (through its superclasses and other interfaces too) that carry
     *     any of the library's annotations, on the interface or on a method it declares, and that no REST
     *     client reads (not {@code @RegisterRestClient}, no JAX-RS annotation: an API shared by a resource
     *     and a client built by {@code RestClientBuilder} carries its client's annotations): each with its
     *     methods
     */
    static List<ClassView> interfacesOf(Class<?> beanClass, Map<String, Optional<ClassView>> judged) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>();
        for (Class<?> c = beanClass; c != null && c != Object.class; c = c.getSuperclass()) {
            pending.addAll(List.of(c.getInterfaces()));
        }
        while (!pending.isEmpty()) {
            Class<?> implemented = pending.removeFirst();
            if (found.add(implemented)) {
                pending.addAll(List.of(implemented.getInterfaces()));
            }
        }
        return found.stream().map(type -> judged.computeIfAbsent(type.getName(), name -> judge(type)))
                .flatMap(Optional::stream).toList();
    }

    private static Optional<ClassView> judge(Class<?> type) {
        boolean declaresAny = type.isAnnotationPresent(Breaker.class) || type.isAnnotationPresent(RetryWithBackoff.class)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.isAnnotationPresent(Breaker.class)
                        || method.isAnnotationPresent(RetryWithBackoff.class)
                        || method.isAnnotationPresent(WithFallback.class));
        boolean readByClients = Arrays.stream(type.getAnnotations()).anyMatch(AnnotatedTypeReader::isRestAnnotation)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(method ->
                        Arrays.stream(method.getAnnotations()).anyMatch(AnnotatedTypeReader::isRestAnnotation));
        return declaresAny && !readByClients ? Optional.of(ofInterface(type)) : Optional.empty();
    }

    private static boolean isRestAnnotation(Annotation annotation) {
        return RestClientScanner.readByRestClients(annotation.annotationType().getName());
    }

    /**
     * A REST client interface as the container sees it (for a method it does not list, as the class file
     * says): its own methods, then those it inherits from other interfaces and does not redeclare.
     */
    static ClassView ofInterface(AnnotatedType<?> type) {
        Map<Method, AnnotatedMethod<?>> annotated = new HashMap<>();
        type.getMethods().forEach(method -> annotated.put(method.getJavaMember(), method));
        return ofInterface(type.getJavaClass(), type::getAnnotation, method -> annotated.containsKey(method)
                ? annotated.get(method)::getAnnotation : method::getAnnotation);
    }

    /** A REST client interface as its class files say. */
    static ClassView ofInterface(Class<?> type) {
        return ofInterface(type, type::getAnnotation, method -> method::getAnnotation);
    }

    private static ClassView ofInterface(Class<?> javaInterface, Annotations typeAnnotations,
            Function<Method, Annotations> methodAnnotations) {
        List<MethodView> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(javaInterface));
        Set<Class<?>> visited = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> c = pending.removeFirst();
            if (!visited.add(c)) {
                continue;
            }
            for (Method method : c.getDeclaredMethods()) {
                MethodView view = of(method, methodAnnotations.apply(method));
                // A method the interface redeclares is its own; static and private methods are never inherited.
                boolean inheritable = !Modifier.isStatic(method.getModifiers()) && !Modifier.isPrivate(method.getModifiers());
                if (c == javaInterface) {
                    seen.add(view.signature());
                    methods.add(view);
                } else if (inheritable && seen.add(view.signature())) {
                    methods.add(view);
                }
            }
            pending.addAll(List.of(c.getInterfaces()));
        }
        Breaker breaker = typeAnnotations.get(Breaker.class);
        RetryWithBackoff retry = typeAnnotations.get(RetryWithBackoff.class);
        return new ClassView(javaInterface.getName(), false, Optional.ofNullable(breaker).map(AnnotatedTypeReader::read),
                javaInterface.getName(), Optional.ofNullable(retry).map(AnnotatedTypeReader::read), javaInterface.getName(),
                methods);
    }

    /**
     * @param typeAnnotations the annotations of the class, inherited ones included
     * @param methodAnnotations the annotations of each method
     */
    private static ClassView of(Class<?> javaClass, Annotations typeAnnotations,
            Function<Method, Annotations> methodAnnotations) {
        List<MethodView> methods = new ArrayList<>();
        for (Class<?> c = javaClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                methods.add(of(method, methodAnnotations.apply(method)));
            }
        }
        Breaker breaker = typeAnnotations.get(Breaker.class);
        RetryWithBackoff retry = typeAnnotations.get(RetryWithBackoff.class);
        return new ClassView(javaClass.getName(), Modifier.isFinal(javaClass.getModifiers()),
                Optional.ofNullable(breaker).map(AnnotatedTypeReader::read),
                declaredOn(javaClass, Breaker.class, breaker, AnnotatedTypeReader::read),
                Optional.ofNullable(retry).map(AnnotatedTypeReader::read),
                declaredOn(javaClass, RetryWithBackoff.class, retry, AnnotatedTypeReader::read), methods);
    }

    /**
     * @param method a method
     * @param annotations its annotations, as the container or the class file says
     * @return its view
     */
    static MethodView of(Method method, Annotations annotations) {
        List<TypeView> parameters = new ArrayList<>();
        Class<?>[] erased = method.getParameterTypes();
        java.lang.reflect.Type[] generic = method.getGenericParameterTypes();
        for (int i = 0; i < erased.length; i++) {
            parameters.add(ReflectionTypeReader.of(generic.length == erased.length ? generic[i] : erased[i], erased[i]));
        }
        return new MethodView(method.getDeclaringClass().getName(), method.getName(), parameters,
                ReflectionTypeReader.of(method.getGenericReturnType(), method.getReturnType()), method.getModifiers(),
                method.isSynthetic() || method.isBridge(),
                Optional.ofNullable(annotations.get(Breaker.class)).map(AnnotatedTypeReader::read),
                Optional.ofNullable(annotations.get(RetryWithBackoff.class)).map(AnnotatedTypeReader::read),
                Optional.ofNullable(annotations.get(WithFallback.class)).map(AnnotatedTypeReader::read));
    }

    /** @return the {@link MethodView#key() key} of a method, without reading the rest of it */
    static String keyOf(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + Stream.of(method.getParameterTypes())
                .map(ReflectionTypeReader::binaryName).collect(Collectors.joining(",", "(", ")"));
    }

    /**
     * Changes the container's model: removes the annotations that cannot apply, as
     * {@link ScannedClass#unusableMethods()} explains (only when {@link ScannedClass#needsDisarming()}:
     * asking for a configurator rebuilds the type).
     */
    static <T> void configure(AnnotatedTypeConfigurator<T> configurator, ScannedClass scan) {
        for (Binding binding : scan.unusableOnType()) {
            configurator.remove(annotation -> annotation.annotationType() == binding.annotation());
        }
        for (AnnotatedMethodConfigurator<? super T> method : configurator.methods()) {
            AnnotatedMethod<? super T> annotated = method.getAnnotated();
            for (Binding binding : scan.unusableOn(keyOf(annotated.getJavaMember()))) {
                method.remove(annotation -> annotation.annotationType() == binding.annotation());
            }
        }
    }

    /** Where annotations are read: the container's model, or the class file. */
    @FunctionalInterface
    interface Annotations {
        <A extends Annotation> A get(Class<A> type);
    }

    private static BreakerAnnotation read(Breaker breaker) {
        return new BreakerAnnotation(breaker.name(), MemberValues.read(breaker, BreakerKeys.FAMILY));
    }

    private static MemberValues read(RetryWithBackoff retry) {
        return MemberValues.read(retry, RetryKeys.FAMILY);
    }

    private static FallbackAnnotation read(WithFallback fallback) {
        return new FallbackAnnotation(fallback.value(), views(fallback.applyOn()), views(fallback.skipOn()));
    }

    private static List<TypeView> views(Class<?>[] types) {
        return Stream.of(types).map(ReflectionTypeReader::of).toList();
    }

    /**
     * The class that declares a type-level annotation: the farthest superclass declaring the same one,
     * as CDI Lite reports it too. The class itself when another extension added the annotation.
     */
    private static <A extends Annotation, V> String declaredOn(Class<?> javaClass, Class<A> kind, A effective,
            Function<A, V> read) {
        String declaredOn = javaClass.getName();
        if (effective == null) {
            return declaredOn;
        }
        V values = read.apply(effective);
        for (Class<?> c = javaClass; c != null; c = c.getSuperclass()) {
            A own = c.getDeclaredAnnotation(kind);
            if (own == null) {
                continue;
            }
            if (!read.apply(own).equals(values)) {
                break;
            }
            declaredOn = c.getName();
        }
        return declaredOn;
    }
}
