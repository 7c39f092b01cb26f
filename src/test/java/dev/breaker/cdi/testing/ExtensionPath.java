package dev.breaker.cdi.testing;

import java.util.Locale;

/** Which of the library's two extensions a test deployment runs through. */
public enum ExtensionPath {
    /** CDI Full: the portable extension, found through META-INF/services as every Weld server finds it. */
    PORTABLE,
    /** CDI Lite: the build compatible extension alone, run by Weld's translator, as Quarkus would run it. */
    BUILD_COMPATIBLE;

    /** @return the path chosen for this test run by the system property {@code breaker.test.extension} */
    public static ExtensionPath current() {
        String chosen = System.getProperty("breaker.test.extension", "portable");
        return valueOf(chosen.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
