package dev.breaker.deployment;

import dev.breaker.config.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the fallback method that a {@code @WithFallback} names, and checks that it fits: the one place
 * that decides, used by both extensions at deployment and by the interceptor at run time, so the method
 * found at run time is the one that was checked.
 *
 * <p>A fallback is a method of the bean class or a superclass (not of an interface), of any access,
 * with the name given, that takes either the protected method's parameter types or those followed by
 * one parameter that receives the failure. Exactly one such method may exist. Its return type must be
 * assignable to the protected method's ({@link TypeView#isAssignableTo}), or, for a method returning a
 * Mutiny {@code Uni<T>}, to {@code T}: the fallback then gives the item itself. A failure parameter narrower
 * than {@code Throwable} must be able to hold every failure the fallback answers, so {@code applyOn}
 * must then list only its subtypes. On a REST client interface, the fallback is a method of the
 * interface with a body ({@link #checkRestClient}).
 */
public final class FallbackRule {
    private static final String THROWABLE = Throwable.class.getName();

    private FallbackRule() {
    }

    /**
     * @param bean the bean class
     * @param method the protected method, one of the bean's
     * @param fallback its annotation
     * @return the fallback method, or the problem
     */
    public static FallbackVerdict check(ClassView bean, MethodView method, FallbackAnnotation fallback) {
        String name = fallback.methodName();
        List<MethodView> candidates = candidates(bean, method, name);
        if (candidates.isEmpty()) {
            return FallbackVerdict.failed(name.equals(method.name())
                    ? Message.FALLBACK_ITSELF.format(name, method.place())
                    : missing(bean, method, name));
        }
        return fitting(bean, method, fallback, candidates);
    }

    /**
     * The same rule for a REST call, a method of a REST client interface: its fallback is a method of the
     * interface with a body (a {@code default} method, or a static or private one), never another REST
     * call, which has no body to run.
     *
     * @param client the REST client interface, its inherited methods included
     * @param method the protected REST call, one of the interface's
     * @param fallback its annotation
     * @return the fallback method, or the problem
     */
    public static FallbackVerdict checkRestClient(ClassView client, MethodView method, FallbackAnnotation fallback) {
        String name = fallback.methodName();
        List<MethodView> named = candidates(client, method, name);
        List<MethodView> candidates = named.stream().filter(candidate -> !candidate.isAbstract()).toList();
        if (candidates.isEmpty()) {
            if (named.isEmpty() && name.equals(method.name())) {
                return FallbackVerdict.failed(Message.FALLBACK_ITSELF.format(name, method.place()));
            }
            String parameters = MethodView.simpleNames(method.parameters());
            String withFailure = parameters.isEmpty() ? "Throwable failure" : parameters + ", Throwable failure";
            String calls = named.isEmpty() ? "" : " (" + places(named) + (named.size() == 1 ? " is" : " are")
                    + " a REST call)";
            return FallbackVerdict.failed(Message.FALLBACK_NOT_DEFAULT.format(name, method.place(), client.name(),
                    calls, method.returnType().display(), name, parameters, method.returnType().display(), name,
                    withFailure));
        }
        return fitting(client, method, fallback, candidates);
    }

    private static FallbackVerdict fitting(ClassView bean, MethodView method, FallbackAnnotation fallback,
            List<MethodView> candidates) {
        String name = fallback.methodName();
        List<FallbackMethod> fits = new ArrayList<>();
        for (MethodView candidate : candidates) {
            int extra = candidate.parameters().size() - method.parameters().size();
            if (extra == 0 && startsWithParametersOf(candidate, method)) {
                fits.add(new FallbackMethod(candidate, false));
            } else if (extra == 1 && startsWithParametersOf(candidate, method) && last(candidate).isSubtypeOf(THROWABLE)) {
                fits.add(new FallbackMethod(candidate, true));
            }
        }
        if (fits.isEmpty()) {
            return FallbackVerdict.failed(Message.FALLBACK_WRONG_PARAMETERS.format(name, method.place(), name,
                    bean.name(), places(candidates), MethodView.simpleNames(method.parameters())));
        }
        if (fits.size() > 1) {
            return FallbackVerdict.failed(Message.FALLBACK_AMBIGUOUS.format(name, method.place(),
                    places(fits.stream().map(FallbackMethod::method).toList())));
        }
        FallbackMethod chosen = fits.get(0);
        if (chosen.receivesFailure() && !canHoldEveryAnswer(last(chosen.method()), fallback)) {
            TypeView parameter = last(chosen.method());
            String answers = fallback.applyOn().isEmpty() ? "every throwable"
                    : fallback.applyOn().stream().map(TypeView::simpleName).collect(Collectors.joining(", "));
            return FallbackVerdict.failed(Message.FALLBACK_NARROW_FAILURE_PARAMETER.format(name, method.place(),
                    chosen.method().place(), parameter.simpleName(), answers, parameter.simpleName()));
        }
        if (!returnFits(chosen.method().returnType(), method)) {
            TypeView item = ReturnRule.kindOf(method) == ReturnRule.Kind.UNI ? uniItem(method.returnType()) : null;
            String expected = method.returnType().display() + (item == null ? "" : " or to its item " + item.display());
            return FallbackVerdict.failed(Message.FALLBACK_WRONG_RETURN.format(name, method.place(),
                    chosen.method().place(), chosen.method().returnType().display(), expected));
        }
        return FallbackVerdict.found(chosen);
    }

    /**
     * A fallback returns what the method returns; for a method returning a Mutiny {@code Uni<T>}, it may
     * also return the item itself, a {@code T}.
     */
    private static boolean returnFits(TypeView fallbackReturn, MethodView method) {
        if (fallbackReturn.isAssignableTo(method.returnType())) {
            return true;
        }
        if (ReturnRule.kindOf(method) != ReturnRule.Kind.UNI) {
            return false;
        }
        TypeView item = uniItem(method.returnType());
        return item == null ? !fallbackReturn.isVoid() : fallbackReturn.isAssignableTo(item);
    }

    /**
     * The item type of a {@code Uni}, read from the type as written: {@code String} for
     * {@code Uni<String>}, {@code Number} for {@code Uni<? extends Number>}.
     *
     * @return the item type, with no supertypes (it is only assigned to); {@code null} when it cannot be
     *     judged: a raw {@code Uni}, a type variable, {@code ?} or {@code ? super X}
     */
    static TypeView uniItem(TypeView uni) {
        String generic = argument(uni.generic());
        String display = argument(uni.display());
        if (generic == null || display == null) {
            return null;
        }
        if (generic.startsWith("? extends ")) {
            generic = generic.substring("? extends ".length());
            display = display.substring(Math.min(display.length(), "? extends ".length()));
        } else if (generic.startsWith("?")) {
            return null;
        }
        int open = generic.indexOf('<');
        String erasure = open < 0 ? generic : generic.substring(0, open) + (generic.endsWith("[]") ? "[]" : "");
        if (!erasure.contains(".") && !erasure.endsWith("[]")) {
            return null; // a type variable: its bound is not written here
        }
        int displayOpen = display.indexOf('<');
        String simple = displayOpen < 0 ? display : display.substring(0, displayOpen);
        return new TypeView(erasure, simple, display, generic, uni.concrete(), Set.of());
    }

    /** @return what is between the outermost angle brackets of a type as written; {@code null} when none */
    private static String argument(String written) {
        int open = written.indexOf('<');
        if (open < 0 || !written.endsWith(">")) {
            return null;
        }
        return written.substring(open + 1, written.length() - 1);
    }

    /** Methods of that name, most derived first, each signature once, the protected method left out. */
    private static List<MethodView> candidates(ClassView bean, MethodView method, String name) {
        List<MethodView> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(method.signature());
        for (MethodView candidate : bean.methods()) {
            if (candidate.name().equals(name) && !candidate.compilerGenerated() && seen.add(candidate.signature())) {
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    /** Whether the candidate's first parameters are the protected method's, erasure by erasure. */
    private static boolean startsWithParametersOf(MethodView candidate, MethodView method) {
        int count = method.parameters().size();
        if (candidate.parameters().size() < count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!candidate.parameters().get(i).name().equals(method.parameters().get(i).name())) {
                return false;
            }
        }
        return true;
    }

    private static boolean canHoldEveryAnswer(TypeView parameter, FallbackAnnotation fallback) {
        if (parameter.name().equals(THROWABLE) || parameter.supertypes().isEmpty()) {
            return true;
        }
        return !fallback.applyOn().isEmpty()
                && fallback.applyOn().stream().allMatch(type -> type.isSubtypeOf(parameter.name()));
    }

    private static TypeView last(MethodView method) {
        return method.parameters().get(method.parameters().size() - 1);
    }

    private static String missing(ClassView bean, MethodView method, String name) {
        String parameters = MethodView.simpleNames(method.parameters());
        String withFailure = parameters.isEmpty() ? "Throwable failure" : parameters + ", Throwable failure";
        return Message.FALLBACK_MISSING.format(name, method.place(), bean.name(),
                method.returnType().display(), name, parameters, name, withFailure);
    }

    /** Sorted: containers list the methods of one class in no fixed order, and messages must not vary. */
    private static String places(List<MethodView> methods) {
        return methods.stream().map(MethodView::place).sorted().collect(Collectors.joining(", "));
    }
}
