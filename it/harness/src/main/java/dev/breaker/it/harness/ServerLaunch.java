package dev.breaker.it.harness;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to start one server process: its command, the environment variables added to it, where it
 * runs, where its console goes, which other log files it writes, how to ask it to stop, and the
 * port it will listen on (which must be free before it starts, so a test never talks to a server
 * left running by someone else).
 *
 * @param name a short name for messages, such as {@code payara/lifecycle}
 * @param command the command line
 * @param environment variables added to this process's environment
 * @param workDir the working directory
 * @param consoleLog the file that receives standard output and standard error
 * @param otherLogs log files the server writes itself, read together with the console
 * @param stopCommand a command that asks the server to stop, or empty to send it SIGTERM
 * @param port the HTTP port the server will listen on
 */
public record ServerLaunch(String name, List<String> command, Map<String, String> environment, Path workDir,
        Path consoleLog, List<Path> otherLogs, List<String> stopCommand, int port) {

    /** Copies the lists and the map, so a launch cannot change after it is made. */
    public ServerLaunch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        otherLogs = List.copyOf(otherLogs);
        stopCommand = List.copyOf(stopCommand);
    }

    /** @return the path of the {@code java} that runs these tests: the JDK the build uses */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Starts the process, after checking that its port is free and clearing its old log files.
     *
     * @return the running server
     * @throws IOException when it cannot be started
     */
    public ServerProcess start() throws IOException {
        requirePortFree();
        Files.createDirectories(consoleLog.getParent());
        for (Path log : otherLogs) {
            Files.deleteIfExists(log);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleLog.toFile());
        builder.environment().putAll(environment);
        System.out.printf("[it] starting %s: %s %s%n[it]   console: %s%n", name, environment, command, consoleLog);
        return new ServerProcess(this, builder.start());
    }

    private void requirePortFree() throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException inUse) {
            throw new IOException("Port " + port + " is already in use, so " + name + " cannot start: is a server"
                    + " from an earlier run still up? Stop it first.", inUse);
        }
    }
}
