package dev.breaker.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TypeViewTest {
    private static final TypeView STRING = plain("java.lang.String", "java.lang.CharSequence",
            "java.io.Serializable", "java.lang.Comparable", "java.lang.Object");
    private static final TypeView CHAR_SEQUENCE = plain("java.lang.CharSequence", "java.lang.Object");
    private static final TypeView OBJECT = plain("java.lang.Object");
    private static final TypeView INT = plain("int");
    private static final TypeView LONG = plain("long");
    private static final TypeView INTEGER = plain("java.lang.Integer", "java.lang.Number", "java.lang.Object");
    private static final TypeView NUMBER = plain("java.lang.Number", "java.lang.Object");
    private static final TypeView VOID = plain("void");
    private static final TypeView BOOLEAN = plain("boolean");

    private static TypeView plain(String name, String... supertypes) {
        Set<String> all = new java.util.HashSet<>(Set.of(supertypes));
        all.add(name);
        return new TypeView(name, name.substring(name.lastIndexOf('.') + 1), name, name, true, all);
    }

    private static TypeView list(String argument, boolean concrete) {
        return new TypeView("java.util.List", "List", "List<" + argument + ">", "java.util.List<" + argument + ">",
                concrete, Set.of("java.util.List", "java.util.Collection", "java.lang.Iterable", "java.lang.Object"));
    }

    @Test
    void aSubtypeFitsItsSupertypesOnly() {
        assertThat(STRING.isAssignableTo(CHAR_SEQUENCE)).isTrue();
        assertThat(STRING.isAssignableTo(OBJECT)).isTrue();
        assertThat(CHAR_SEQUENCE.isAssignableTo(STRING)).isFalse();
    }

    @Test
    void primitivesFitTheirBoxesAndTheBoxesSupertypes() {
        assertThat(INT.isAssignableTo(INT)).isTrue();
        assertThat(INTEGER.isAssignableTo(INT)).isTrue();
        assertThat(INT.isAssignableTo(INTEGER)).isTrue();
        assertThat(INT.isAssignableTo(NUMBER)).isTrue();
        assertThat(INT.isAssignableTo(OBJECT)).isTrue();
        assertThat(BOOLEAN.isAssignableTo(NUMBER)).isFalse();
        assertThat(INT.isAssignableTo(LONG)).isFalse();
        assertThat(LONG.isAssignableTo(INTEGER)).isFalse();
    }

    @Test
    void voidFitsOnlyVoid() {
        assertThat(VOID.isAssignableTo(VOID)).isTrue();
        assertThat(BOOLEAN.isAssignableTo(VOID)).isFalse();
        assertThat(VOID.isAssignableTo(OBJECT)).isFalse();
    }

    @Test
    void typeArgumentsMustMatchWhenBothAreKnown() {
        assertThat(list("java.lang.String", true).isAssignableTo(list("java.lang.String", true))).isTrue();
        assertThat(list("java.lang.Integer", true).isAssignableTo(list("java.lang.String", true))).isFalse();
        assertThat(list("T", false).isAssignableTo(list("java.lang.String", true))).isTrue();
    }

    @Test
    void unknownSupertypesAreNotJudged() {
        TypeView unknown = new TypeView("com.acme.Quote", "Quote", "Quote", "com.acme.Quote", true, Set.of());
        assertThat(unknown.isAssignableTo(STRING)).isTrue();
        assertThat(unknown.isThrowable()).isFalse();
        assertThat(unknown.isSubtypeOf("java.lang.Throwable")).isTrue();
    }
}
