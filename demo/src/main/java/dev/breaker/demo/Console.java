package dev.breaker.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * The demo's output: one line per event, stamped with the seconds since the demo started, so a
 * reader can see how long the breaker stayed in each state. Lines come from several threads (calls,
 * health requests that notice a timeout run out), so printing is serialized. Application scoped,
 * so every line counts from the same start.
 */
@ApplicationScoped
public class Console {
    private final long startedNanos = System.nanoTime();

    /** @return seconds since the demo started */
    public double elapsedSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** @param text a line to print after the time stamp */
    public synchronized void line(String text) {
        System.out.printf(Locale.ROOT, "%6.1fs  %s%n", elapsedSeconds(), text);
        System.out.flush();
    }

    /** @param text a line to print as it is */
    public synchronized void plain(String text) {
        System.out.println(text);
        System.out.flush();
    }
}
