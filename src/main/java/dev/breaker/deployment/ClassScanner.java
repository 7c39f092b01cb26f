package dev.breaker.deployment;

import dev.breaker.config.Message;
import dev.breaker.core.NameRule;
import dev.breaker.config.MemberValues;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds what one bean class declares for the library's interceptors (its breakers, the methods it
 * retries, its fallbacks, each fallback method checked), and every annotation of the library in it
 * that a CDI container would silently not apply. The one place both extensions learn this, so CDI Full
 * and CDI Lite agree:
 * <ul>
 *   <li>a method's own {@code @Breaker} or {@code @RetryWithBackoff} covers that method, and wins over
 *       the type's as a whole;</li>
 *   <li>a type-level one (on the class or, being {@code @Inherited}, on a superclass) covers every
 *       business method: each method of the class and its superclasses that is neither private nor
 *       static nor overridden (methods of interfaces are not in the view);</li>
 *   <li>{@code @WithFallback} is on methods only;</li>
 *   <li>any of them on a private, static or final method, over a final method, or in a final class is
 *       a problem: the container cannot intercept there. So is a blank breaker name, and a method whose
 *       outcome comes after it returns in a way the library does not follow ({@link ReturnRule});</li>
 *   <li>and, for an enabled bean ({@link #scanUnapplied}), so is one on a superclass's method that the
 *       class overrides, or on an interface's method that it implements, without repeating it: the
 *       container applies neither to the class.</li>
 * </ul>
 */
public final class ClassScanner {
    private ClassScanner() {
    }

    /**
     * @param type a bean class
     * @return what it declares, and its problems
     */
    public static ScannedClass scan(ClassView type) {
        Found found = new Found();
        BreakerAnnotation typeBreaker = type.breaker().orElse(null);
        String typeNameProblem = typeBreaker == null ? null : nameProblem(typeBreaker, type.breakerPlace());
        if (typeNameProblem != null) {
            found.problems.add(typeNameProblem);
            found.unusableOnType.add(Binding.BREAKER);
            typeBreaker = null;
        }
        Map<String, MethodView> overriding = new HashMap<>();
        for (MethodView method : type.methods()) {
            if (method.compilerGenerated()) {
                continue;
            }
            boolean isOverride = false;
            if (!method.isPrivate() && !method.isStatic()) {
                MethodView first = overriding.putIfAbsent(method.signature(), method);
                isOverride = first != null && overrides(first, method);
            }
            String forbidden = method.isPrivate() ? "private" : method.isStatic() ? "static"
                    : method.isFinal() ? "final" : null;
            scanBreaker(type, typeBreaker, method, isOverride, forbidden, found);
            scanRetry(type, method, isOverride, forbidden, found);
            scanFallback(type, method, isOverride, forbidden, found);
        }
        if (type.isFinal()) {
            scanFinalClass(type, found);
        }
        return new ScannedClass(found.breakers, found.retries, found.fallbacks, found.problems, found.fallbackProblems,
                found.unusableMethods, found.unusableOnType);
    }

    /**
     * Checks a class whose instances a producer returns: the container never intercepts them.
     *
     * @param produced the class the producer's type names
     * @param producer where the producer is, for the message
     * @return a problem when the class carries {@code @Breaker}; empty otherwise
     */
    public static List<String> scanProduced(ClassView produced, String producer) {
        if (!produced.mentions(Binding.BREAKER)) {
            return List.of();
        }
        List<BreakerDeclaration> declared = scan(produced).breakers();
        return List.of(Message.PRODUCED.format(quotedNames(declared), produced.name(), producer));
    }

    /**
     * Finds the library's annotations that the container reads but never applies to an enabled bean
     * class: on a superclass's method that the class overrides, and on a method of an interface it
     * implements, where the overriding or implementing method does not repeat them (nor gets them from a
     * type-level annotation of the class). The bean's method is then silently unprotected. A method an
     * interface declares {@code default} and the class does not override is not judged: whether a
     * container applies its annotations differs between containers.
     *
     * @param type an enabled bean class that is not an alternative (a test double overrides on purpose)
     * @param interfaces the interfaces it implements that carry any of the library's annotations and
     *     that no REST client reads, each with its methods
     * @return a problem for each such annotation; empty when there is none
     */
    public static List<String> scanUnapplied(ClassView type, List<ClassView> interfaces) {
        List<String> problems = new ArrayList<>();
        Map<String, MethodView> implementations = new HashMap<>();
        for (MethodView method : type.methods()) {
            if (method.compilerGenerated() || method.isPrivate() || method.isStatic()) {
                continue;
            }
            MethodView overriding = implementations.putIfAbsent(method.signature(), method);
            if (overriding != null && overrides(overriding, method)) {
                unapplied(type, method, Optional.empty(), overriding, Message.OVERRIDDEN,
                        Message.COMPANION_OVERRIDDEN, problems);
            }
        }
        for (ClassView declaring : interfaces) {
            for (MethodView method : declaring.methods()) {
                MethodView implementation = implementations.get(method.signature());
                if (method.declaringClass().equals(declaring.name()) && !method.isStatic() && !method.isPrivate()
                        && implementation != null) {
                    unapplied(type, method, Optional.of(declaring), implementation, Message.ON_INTERFACE,
                            Message.COMPANION_ON_INTERFACE, problems);
                }
            }
        }
        return problems;
    }

    /** A package-private method is overridden only from its own package. */
    private static boolean overrides(MethodView overriding, MethodView overridden) {
        boolean packagePrivate = (overridden.modifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) == 0;
        return !packagePrivate || packageOf(overriding.declaringClass()).equals(packageOf(overridden.declaringClass()));
    }

    private static String packageOf(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return dot < 0 ? "" : binaryName.substring(0, dot);
    }

    /**
     * @param method where the annotations are (a superclass's or an interface's method)
     * @param declaring the interface that declares it, whose type-level annotations cover it too; empty
     *     for a superclass (a superclass's type-level ones are inherited by the class, so cover it anyway)
     * @param implementation the class's own method that overrides or implements it
     */
    private static void unapplied(ClassView type, MethodView method, Optional<ClassView> declaring,
            MethodView implementation, Message breakerMessage, Message companionMessage, List<String> problems) {
        Optional<BreakerAnnotation> breaker = method.breaker().or(() -> declaring.flatMap(ClassView::breaker));
        // Where the fix goes: the implementing method, or an override of it in this class when it is inherited
        // (a superclass may be another bean, or not the application's to change).
        String fix = implementation.declaringClass().equals(type.name()) ? implementation.place()
                : "an override of " + implementation.name() + "(" + MethodView.simpleNames(implementation.parameters())
                        + ") in " + type.name();
        if (breaker.isPresent() && !implementation.carries(Binding.BREAKER) && type.breaker().isEmpty()) {
            String name = breaker.get().isNamed() ? breaker.get().name() : method.defaultName();
            problems.add(breakerMessage.format(name, method.place(), implementation.place(), type.name(), name, fix));
        }
        boolean retry = method.carries(Binding.RETRY) || declaring.flatMap(ClassView::retry).isPresent();
        if (retry && !implementation.carries(Binding.RETRY) && type.retry().isEmpty()) {
            problems.add(companionMessage.format("RetryWithBackoff", method.place(), implementation.place(),
                    type.name(), "RetryWithBackoff", fix));
        }
        if (method.carries(Binding.FALLBACK) && !implementation.carries(Binding.FALLBACK)) {
            problems.add(companionMessage.format("WithFallback", method.place(), implementation.place(), type.name(),
                    "WithFallback", fix));
        }
    }

    private static void scanBreaker(ClassView type, BreakerAnnotation typeLevel, MethodView method, boolean isOverride,
            String forbidden, Found found) {
        if (method.breaker().isPresent()) {
            BreakerAnnotation own = method.breaker().get();
            String nameProblem = nameProblem(own, method.place());
            if (nameProblem != null) {
                found.problems.add(nameProblem);
                found.unusable(method, Binding.BREAKER);
                return;
            }
            String name = own.isNamed() ? own.name() : method.defaultName();
            if (forbidden != null) {
                found.problems.add(Message.UNINTERCEPTED_METHOD.format(name, method.place(), forbidden, forbidden));
                found.unusable(method, Binding.BREAKER);
            } else if (!isOverride && ReturnRule.unsupported(method).isPresent()) {
                found.problems.add(Message.UNSUPPORTED_RETURN.format(name, method.place(),
                        ReturnRule.unsupported(method).get()));
                found.unusable(method, Binding.BREAKER);
            } else if (!isOverride) {
                found.breakers.add(new BreakerDeclaration(name, own.members(), method.place()));
            }
        } else if (typeLevel != null && coveredByType(method, isOverride)) {
            String name = typeLevel.isNamed() ? typeLevel.name() : method.defaultName();
            if (method.isFinal()) {
                found.problems.add(Message.FINAL_METHOD_UNDER_TYPE.format(name, type.breakerPlace(), method.place()));
                found.unusableOnType.add(Binding.BREAKER);
            } else if (ReturnRule.unsupported(method).isPresent()) {
                found.problems.add(Message.UNSUPPORTED_RETURN.format(name, method.place(),
                        ReturnRule.unsupported(method).get()));
                found.unusableOnType.add(Binding.BREAKER);
            } else {
                found.breakers.add(new BreakerDeclaration(name, typeLevel.members(), type.breakerPlace()));
            }
        }
    }

    private static void scanRetry(ClassView type, MethodView method, boolean isOverride, String forbidden, Found found) {
        if (method.retry().isPresent()) {
            if (forbidden != null) {
                found.problems.add(Message.COMPANION_UNINTERCEPTED_METHOD.format("RetryWithBackoff", method.place(),
                        forbidden, forbidden));
                found.unusable(method, Binding.RETRY);
            } else if (!isOverride && ReturnRule.unsupported(method).isPresent()) {
                found.problems.add(Message.COMPANION_UNSUPPORTED_RETURN.format("RetryWithBackoff", method.place(),
                        ReturnRule.unsupported(method).get(), "RetryWithBackoff"));
                found.unusable(method, Binding.RETRY);
            } else if (!isOverride) {
                found.retries.add(new RetryDeclaration(method.defaultName(), method.retry().get(), method.place()));
            }
        } else if (type.retry().isPresent() && coveredByType(method, isOverride)) {
            MemberValues typeLevel = type.retry().get();
            if (method.isFinal()) {
                found.problems.add(Message.RETRY_FINAL_METHOD_UNDER_TYPE.format(type.retryPlace(), method.place()));
                found.unusableOnType.add(Binding.RETRY);
            } else if (ReturnRule.unsupported(method).isPresent()) {
                found.problems.add(Message.COMPANION_UNSUPPORTED_RETURN.format("RetryWithBackoff", method.place(),
                        ReturnRule.unsupported(method).get(), "RetryWithBackoff"));
                found.unusableOnType.add(Binding.RETRY);
            } else {
                found.retries.add(new RetryDeclaration(method.defaultName(), typeLevel, type.retryPlace()));
            }
        }
    }

    private static void scanFallback(ClassView type, MethodView method, boolean isOverride, String forbidden,
            Found found) {
        if (method.fallback().isEmpty()) {
            return;
        }
        if (forbidden != null) {
            found.problems.add(Message.COMPANION_UNINTERCEPTED_METHOD.format("WithFallback", method.place(), forbidden,
                    forbidden));
            found.unusable(method, Binding.FALLBACK);
        } else if (!isOverride && ReturnRule.unsupported(method).isPresent()) {
            found.problems.add(Message.COMPANION_UNSUPPORTED_RETURN.format("WithFallback", method.place(),
                    ReturnRule.unsupported(method).get(), "WithFallback"));
            found.unusable(method, Binding.FALLBACK);
        } else if (!isOverride) {
            FallbackVerdict verdict = FallbackRule.check(type, method, method.fallback().get());
            verdict.problem().ifPresent(found.fallbackProblems::add);
            verdict.method().ifPresent(fallback ->
                    found.fallbacks.add(new FallbackDeclaration(method.defaultName(), method.place())));
        }
    }

    /** A final class can carry nothing the container must intercept: every such annotation is a problem. */
    private static void scanFinalClass(ClassView type, Found found) {
        if (type.mentions(Binding.BREAKER)) {
            found.problems.add(Message.FINAL_CLASS.format(quotedNames(found.breakers), type.name()));
            found.breakers.clear();
            disarmAll(type, Binding.BREAKER, type.breaker().isPresent(), found);
        }
        if (type.mentionsCompanions()) {
            found.problems.add(Message.COMPANION_FINAL_CLASS.format(companionsIn(type), type.name()));
            found.retries.clear();
            found.fallbacks.clear();
            found.fallbackProblems.clear();
            disarmAll(type, Binding.RETRY, type.retry().isPresent(), found);
            disarmAll(type, Binding.FALLBACK, false, found);
        }
    }

    private static void disarmAll(ClassView type, Binding binding, boolean onType, Found found) {
        type.methods().stream().filter(method -> method.carries(binding)).forEach(method -> found.unusable(method, binding));
        if (onType) {
            found.unusableOnType.add(binding);
        }
    }

    private static boolean coveredByType(MethodView method, boolean isOverride) {
        return !isOverride && !method.isPrivate() && !method.isStatic();
    }

    /** @return the problem with a given name (blank, too long, a control character); {@code null} when none */
    static String nameProblem(BreakerAnnotation annotation, String place) {
        if (!annotation.isNamed()) {
            return null;
        }
        if (annotation.name().isBlank()) {
            return Message.BLANK_NAME.format(annotation.name(), place);
        }
        String problem = NameRule.problemWith(annotation.name());
        return problem == null ? null
                : Message.INVALID_NAME.format(NameRule.shown(annotation.name()), place, NameRule.MAX_LENGTH, problem);
    }

    private static String quotedNames(List<BreakerDeclaration> declarations) {
        Set<String> names = new LinkedHashSet<>();
        declarations.forEach(declaration -> names.add(declaration.breakerName()));
        if (names.isEmpty()) {
            return "(none usable)";
        }
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }

    private static String companionsIn(ClassView type) {
        boolean retry = type.mentions(Binding.RETRY);
        boolean fallback = type.mentions(Binding.FALLBACK);
        return retry && fallback ? "@RetryWithBackoff and @WithFallback" : retry ? "@RetryWithBackoff" : "@WithFallback";
    }

    /** What the scan of one class has found so far. */
    private static final class Found {
        final List<BreakerDeclaration> breakers = new ArrayList<>();
        final List<RetryDeclaration> retries = new ArrayList<>();
        final List<FallbackDeclaration> fallbacks = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<String> fallbackProblems = new ArrayList<>();
        final Map<String, Set<Binding>> unusableMethods = new HashMap<>();
        final Set<Binding> unusableOnType = EnumSet.noneOf(Binding.class);

        void unusable(MethodView method, Binding binding) {
            unusableMethods.computeIfAbsent(method.key(), key -> EnumSet.noneOf(Binding.class)).add(binding);
        }
    }
}
