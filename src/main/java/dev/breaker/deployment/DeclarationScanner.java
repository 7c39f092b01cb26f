package dev.breaker.deployment;

import dev.breaker.config.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the breakers one bean class declares, and every {@code @Breaker} in it that a CDI container
 * would silently not apply. The one place both extensions learn which methods a {@code @Breaker}
 * covers, so CDI Full and CDI Lite agree:
 * <ul>
 *   <li>a method's own {@code @Breaker} covers that method, and wins over the type's as a whole;</li>
 *   <li>a type-level {@code @Breaker} (on the class or, being {@code @Inherited}, on a superclass)
 *       covers every business method: each method of the class and its superclasses that is neither
 *       private nor static nor overridden (methods of interfaces are not in the view);</li>
 *   <li>{@code @Breaker} on a private, static or final method, over a final method, or in a final
 *       class is a problem: the container cannot intercept there.</li>
 * </ul>
 */
public final class DeclarationScanner {
    private DeclarationScanner() {
    }

    /**
     * @param type a bean class
     * @return its declarations and problems
     */
    public static Scan scan(ClassView type) {
        List<Declaration> declarations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<MethodView> unusable = new HashSet<>();
        boolean typeUnusable = false;
        Set<String> overridden = new HashSet<>();
        BreakerAnnotation typeLevel = type.breaker().orElse(null);
        if (typeLevel != null && isBlankName(typeLevel)) {
            problems.add(Message.BLANK_NAME.format(typeLevel.name(), type.breakerPlace()));
            typeLevel = null;
            typeUnusable = true;
        }
        for (MethodView method : type.methods()) {
            if (method.compilerGenerated()) {
                continue;
            }
            boolean isOverride = !method.isPrivate() && !method.isStatic() && !overridden.add(method.signature());
            if (method.breaker().isPresent()) {
                BreakerAnnotation own = method.breaker().get();
                if (isBlankName(own)) {
                    problems.add(Message.BLANK_NAME.format(own.name(), method.place()));
                    unusable.add(method);
                    continue;
                }
                String name = own.isNamed() ? own.name() : method.defaultBreakerName();
                String forbidden = method.isPrivate() ? "private" : method.isStatic() ? "static"
                        : method.isFinal() ? "final" : null;
                if (forbidden != null) {
                    problems.add(Message.UNINTERCEPTED_METHOD.format(name, method.place(), forbidden, forbidden));
                    unusable.add(method);
                } else if (!isOverride) {
                    declarations.add(new Declaration(name, own.values(), method.place()));
                }
            } else if (typeLevel != null && !isOverride && !method.isPrivate() && !method.isStatic()) {
                String name = typeLevel.isNamed() ? typeLevel.name() : method.defaultBreakerName();
                if (method.isFinal()) {
                    problems.add(Message.FINAL_METHOD_UNDER_TYPE.format(name, type.breakerPlace(), method.place()));
                    typeUnusable = true;
                } else {
                    declarations.add(new Declaration(name, typeLevel.values(), type.breakerPlace()));
                }
            }
        }
        if (type.isFinal() && type.mentionsBreaker()) {
            problems.add(Message.FINAL_CLASS.format(quotedNames(declarations), type.name()));
            declarations.clear();
            type.methods().stream().filter(method -> method.breaker().isPresent()).forEach(unusable::add);
            typeUnusable = type.breaker().isPresent();
        }
        return new Scan(declarations, problems, unusable, typeUnusable);
    }

    /**
     * Checks a class whose instances a producer returns: the container never intercepts them.
     *
     * @param produced the class the producer's type names
     * @param producer where the producer is, for the message
     * @return a problem when the class carries {@code @Breaker}; empty otherwise
     */
    public static List<String> scanProduced(ClassView produced, String producer) {
        if (!produced.mentionsBreaker()) {
            return List.of();
        }
        List<Declaration> declared = scan(produced).declarations();
        return List.of(Message.PRODUCED.format(quotedNames(declared), produced.name(), producer));
    }

    private static boolean isBlankName(BreakerAnnotation annotation) {
        return annotation.isNamed() && annotation.name().isBlank();
    }

    private static String quotedNames(List<Declaration> declarations) {
        Set<String> names = new LinkedHashSet<>();
        declarations.forEach(declaration -> names.add(declaration.breakerName()));
        if (names.isEmpty()) {
            return "(none usable)";
        }
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }
}
