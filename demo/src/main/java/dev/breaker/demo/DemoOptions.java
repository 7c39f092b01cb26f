package dev.breaker.demo;

import java.time.Duration;
import java.util.Optional;

/**
 * The command line: {@code [--port N] [--duration SECONDS]}. Without a duration the demo runs until
 * Ctrl-C; with one it stops by itself, which is how scripts smoke-test it.
 *
 * @param port the HTTP port of the health endpoint, or empty for the configured one
 * @param duration how long to run, or empty for until interrupted
 */
record DemoOptions(Optional<Integer> port, Optional<Duration> duration) {
    static final String USAGE = "usage: demo [--port N] [--duration SECONDS]";

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException with a message for the user when an argument is wrong
     */
    static DemoOptions parse(String[] args) {
        Optional<Integer> port = Optional.empty();
        Optional<Duration> duration = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Optional.of(positive(args, ++i, "--port"));
                case "--duration" -> duration = Optional.of(Duration.ofSeconds(positive(args, ++i, "--duration")));
                case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
            }
        }
        return new DemoOptions(port, duration);
    }

    private static int positive(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a number\n" + USAGE);
        }
        try {
            int value = Integer.parseInt(args[index]);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, with the usage.
        }
        throw new IllegalArgumentException(option + " needs a positive whole number, not " + args[index] + "\n" + USAGE);
    }
}
