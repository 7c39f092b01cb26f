package dev.breaker.cdi;

import dev.breaker.deployment.TypeView;
import jakarta.enterprise.lang.model.declarations.ClassInfo;
import jakarta.enterprise.lang.model.types.Type;
import jakarta.enterprise.lang.model.types.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a type of CDI Lite's language model (in Quarkus, at build time, before any class is loaded)
 * into a {@link TypeView}, giving what {@link ReflectionTypeReader} gives for the same type.
 */
final class LangModelTypeReader {
    private static final String OBJECT = Object.class.getName();

    private LangModelTypeReader() {
    }

    static TypeView of(Type type) {
        return new TypeView(erasure(type, true), erasure(type, false), written(type, false), written(type, true),
                isConcrete(type), supertypes(type));
    }

    /** The erasure's binary (or simple) name: {@code java.lang.String[]} for an array. */
    static String erasure(Type type, boolean binary) {
        return switch (type.kind()) {
            case VOID -> "void";
            case PRIMITIVE -> type.asPrimitive().name();
            case CLASS -> name(type.asClass().declaration(), binary);
            case ARRAY -> erasure(type.asArray().componentType(), binary) + "[]";
            case PARAMETERIZED_TYPE -> name(type.asParameterizedType().genericClass().declaration(), binary);
            case TYPE_VARIABLE -> type.asTypeVariable().bounds().isEmpty()
                    ? (binary ? OBJECT : "Object") : erasure(type.asTypeVariable().bounds().get(0), binary);
            case WILDCARD_TYPE -> type.asWildcardType().upperBound() == null
                    ? (binary ? OBJECT : "Object") : erasure(type.asWildcardType().upperBound(), binary);
        };
    }

    private static String name(ClassInfo declaration, boolean binary) {
        return binary ? declaration.name() : declaration.simpleName();
    }

    private static String written(Type type, boolean binary) {
        return switch (type.kind()) {
            case PARAMETERIZED_TYPE -> name(type.asParameterizedType().genericClass().declaration(), binary)
                    + type.asParameterizedType().typeArguments().stream()
                            .map(argument -> written(argument, binary)).collect(Collectors.joining(", ", "<", ">"));
            case ARRAY -> written(type.asArray().componentType(), binary) + "[]";
            case TYPE_VARIABLE -> type.asTypeVariable().name();
            case WILDCARD_TYPE -> wildcard(type.asWildcardType(), binary);
            default -> erasure(type, binary);
        };
    }

    private static String wildcard(WildcardType wildcard, boolean binary) {
        if (wildcard.lowerBound() != null) {
            return "? super " + written(wildcard.lowerBound(), binary);
        }
        Type upper = wildcard.upperBound();
        return upper == null || erasure(upper, true).equals(OBJECT) ? "?" : "? extends " + written(upper, binary);
    }

    private static boolean isConcrete(Type type) {
        return switch (type.kind()) {
            case VOID, PRIMITIVE, CLASS -> true;
            case ARRAY -> isConcrete(type.asArray().componentType());
            case PARAMETERIZED_TYPE -> type.asParameterizedType().typeArguments().stream().allMatch(LangModelTypeReader::isConcrete);
            default -> false;
        };
    }

    /**
     * The erasure and all its supertypes. Empty (not judged) when the model cannot follow them: at
     * Quarkus build time a supertype outside the index may be unknown, and a fallback that would fit is
     * better let through than refused; run time checks it again by reflection.
     */
    private static Set<String> supertypes(Type type) {
        Set<String> names = new LinkedHashSet<>();
        switch (type.kind()) {
            case VOID, PRIMITIVE -> {
                names.add(erasure(type, true));
                return names;
            }
            case ARRAY -> {
                names.add(erasure(type, true));
                names.add(Cloneable.class.getName());
                names.add(java.io.Serializable.class.getName());
                names.add(OBJECT);
                return names;
            }
            case TYPE_VARIABLE -> {
                if (type.asTypeVariable().bounds().isEmpty()) {
                    names.add(OBJECT); // erased to Object, as reflection says
                    return names;
                }
            }
            default -> {
                // a class, a parameterized type, or the first bound of a wildcard
            }
        }
        try {
            ClassInfo start = declarationOf(type);
            if (start == null) {
                return Set.of();
            }
            Deque<ClassInfo> pending = new ArrayDeque<>();
            pending.add(start);
            names.add(start.name());
            while (!pending.isEmpty()) {
                ClassInfo current = pending.poll();
                ClassInfo superClass = current.superClassDeclaration();
                if (superClass != null && names.add(superClass.name())) {
                    pending.add(superClass);
                }
                for (ClassInfo implemented : current.superInterfacesDeclarations()) {
                    if (implemented != null && names.add(implemented.name())) {
                        pending.add(implemented);
                    }
                }
            }
        } catch (RuntimeException unreadable) {
            return Set.of();
        }
        names.add(OBJECT);
        return names;
    }

    private static ClassInfo declarationOf(Type type) {
        return switch (type.kind()) {
            case CLASS -> type.asClass().declaration();
            case PARAMETERIZED_TYPE -> type.asParameterizedType().genericClass().declaration();
            case TYPE_VARIABLE -> type.asTypeVariable().bounds().isEmpty() ? null
                    : declarationOf(type.asTypeVariable().bounds().get(0));
            case WILDCARD_TYPE -> type.asWildcardType().upperBound() == null ? null
                    : declarationOf(type.asWildcardType().upperBound());
            default -> null;
        };
    }
}
