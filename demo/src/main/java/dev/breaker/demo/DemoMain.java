package dev.breaker.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogManager;

/**
 * Runs the demo: {@code java -jar breaker-demo.jar [--port N] [--duration SECONDS]}. It stops on
 * Ctrl-C, or by itself after the duration.
 */
public final class DemoMain {
    private DemoMain() {
    }

    /**
     * @param args {@code [--port N] [--duration SECONDS]}
     * @throws Exception when the demo cannot run
     */
    public static void main(String[] args) throws Exception {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        quietLogging();

        RunningDemo demo = RunningDemo.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            demo.close();
            stopped.countDown();
        }, "demo-stop");
        Runtime.getRuntime().addShutdownHook(onCtrlC);

        if (options.duration().isEmpty()) {
            stopped.await();
        } else if (!stopped.await(options.duration().get().toMillis(), TimeUnit.MILLISECONDS)) {
            // The time is up and no Ctrl-C came: stop here rather than in the hook.
            Runtime.getRuntime().removeShutdownHook(onCtrlC);
            demo.close();
        }
    }

    /** One line per log record, and no start-up chatter from Weld: the demo's own lines tell the story. */
    private static void quietLogging() throws IOException {
        try (InputStream config = DemoMain.class.getResourceAsStream("/demo-logging.properties")) {
            if (config != null) {
                LogManager.getLogManager().readConfiguration(config);
            }
        }
    }
}
