package dev.breaker.it.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A running server started by {@link ServerLaunch}. Closing it stops the server and every process it
 * started, politely first and forcibly after a grace period; a JVM shutdown hook does the same if
 * the tests are killed, so no server outlives the build.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Duration GRACE = Duration.ofSeconds(45);

    private final ServerLaunch launch;
    private final Process process;
    private final Thread stopAtExit;

    ServerProcess(ServerLaunch launch, Process process) {
        this.launch = launch;
        this.process = process;
        this.stopAtExit = new Thread(this::stopNow, "stop " + launch.name());
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** @return the launch this server came from */
    public ServerLaunch launch() {
        return launch;
    }

    /** @return whether the process is still running */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** @return the exit code, once the process has ended */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** @return the console output and the server's own log files so far, one after another */
    public String log() {
        StringBuilder all = new StringBuilder(read(launch.consoleLog()));
        for (Path other : launch.otherLogs()) {
            all.append("\n----- ").append(other).append(" -----\n").append(read(other));
        }
        return all.toString();
    }

    /**
     * @param lines how many lines at most
     * @return the last lines of {@link #log()}
     */
    public String logTail(int lines) {
        List<String> all = log().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Stops the server and its child processes; waits until they are gone. */
    @Override
    public void close() {
        stopNow();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: nothing left to undo.
        }
    }

    private synchronized void stopNow() {
        if (!process.isAlive()) {
            return;
        }
        // Children are found through their parent, so list them before the parent goes.
        List<ProcessHandle> children = process.descendants().toList();
        long started = System.nanoTime();
        askToStop();
        process.destroy();
        waitFor(process.toHandle(), GRACE);
        for (ProcessHandle child : children) {
            waitFor(child, Duration.ofSeconds(5));
            child.destroyForcibly();
        }
        process.destroyForcibly();
        waitFor(process.toHandle(), Duration.ofSeconds(10));
        System.out.printf("[it] stopped %s in %d ms%n", launch.name(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    private void askToStop() {
        if (launch.stopCommand().isEmpty()) {
            return;
        }
        try {
            Process stop = new ProcessBuilder(launch.stopCommand())
                    .directory(launch.workDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!stop.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
        } catch (IOException e) {
            System.out.println("[it] could not run the stop command of " + launch.name() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitFor(ProcessHandle handle, Duration limit) {
        try {
            handle.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception stillRunning) {
            // The caller escalates.
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            // A log being written in another charset or rotated away: read what can be read.
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException gone) {
                return "";
            }
        }
    }
}
