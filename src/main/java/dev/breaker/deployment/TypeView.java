package dev.breaker.deployment;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A parameter or return type, as either extension sees it: enough to decide whether a fallback
 * method fits the method it answers for, and to name the types in messages.
 *
 * @param name the binary name of the erasure: {@code java.lang.String}, {@code int}, {@code void},
 *     {@code java.lang.String[]}
 * @param simpleName the simple name of the erasure, for places such as {@code Client.quote(String)}
 * @param display the type as written, with simple names, for messages: {@code CompletionStage<String>}
 * @param generic the type as written, with binary names, for comparing type arguments
 * @param concrete whether it has no type variable or wildcard anywhere, so that {@code generic} is
 *     comparable as text
 * @param supertypes the binary names of the erasure and all its supertypes ({@code java.lang.Object}
 *     included for a reference type); empty when the container could not read them, and then
 *     assignability is not judged
 */
public record TypeView(String name, String simpleName, String display, String generic, boolean concrete,
        Set<String> supertypes) {

    private static final Map<String, String> BOXES = Map.of("boolean", "java.lang.Boolean", "byte", "java.lang.Byte",
            "short", "java.lang.Short", "char", "java.lang.Character", "int", "java.lang.Integer",
            "long", "java.lang.Long", "float", "java.lang.Float", "double", "java.lang.Double");

    /**
     * Copies the supertypes.
     *
     * @param name the binary name of the erasure: {@code java.lang.String}, {@code int}, {@code void},
     *     {@code java.lang.String[]}
     * @param simpleName the simple name of the erasure, for places such as {@code Client.quote(String)}
     * @param display the type as written, with simple names, for messages: {@code CompletionStage<String>}
     * @param generic the type as written, with binary names, for comparing type arguments
     * @param concrete whether it has no type variable or wildcard anywhere, so that {@code generic} is
     *     comparable as text
     * @param supertypes the binary names of the erasure and all its supertypes ({@code java.lang.Object}
     *     included for a reference type); empty when the container could not read them, and then
     *     assignability is not judged
     */
    public TypeView {
        Objects.requireNonNull(name, "name");
        supertypes = Set.copyOf(supertypes);
    }

    /** @return whether it is {@code void} */
    public boolean isVoid() {
        return name.equals("void");
    }

    /** @return whether it is a primitive type other than {@code void} */
    public boolean isPrimitive() {
        return BOXES.containsKey(name);
    }

    /** @return whether it is {@link Throwable} or a subtype; {@code false} when unknown */
    public boolean isThrowable() {
        return supertypes.contains(Throwable.class.getName());
    }

    /**
     * @param binaryName a class's binary name
     * @return whether this type's erasure is that class or a subtype; {@code true} when unknown
     */
    public boolean isSubtypeOf(String binaryName) {
        return supertypes.isEmpty() || supertypes.contains(binaryName);
    }

    /**
     * Whether a value of this type can be returned where {@code target} is declared, as a fallback's
     * result is returned for the method it answers for: the same primitive or its box, a subtype of the
     * erasure, and, when both are the same generic class with no type variable or wildcard, the same
     * type arguments. {@code void} fits only {@code void}.
     *
     * @param target the declared return type of the protected method
     * @return whether it fits
     */
    public boolean isAssignableTo(TypeView target) {
        if (isVoid() || target.isVoid()) {
            return isVoid() && target.isVoid();
        }
        if (target.isPrimitive()) {
            return name.equals(target.name) || name.equals(BOXES.get(target.name));
        }
        if (isPrimitive()) {
            String box = BOXES.get(name);
            return box.equals(target.name) || target.name.equals(Object.class.getName())
                    || target.name.equals(Number.class.getName()) && !name.equals("boolean") && !name.equals("char")
                    || target.name.equals("java.io.Serializable") || target.name.equals("java.lang.Comparable");
        }
        if (!isSubtypeOf(target.name)) {
            return false;
        }
        boolean sameGenericClass = name.equals(target.name) && !generic.equals(name) && !target.generic.equals(name);
        return !(sameGenericClass && concrete && target.concrete) || generic.equals(target.generic);
    }
}
