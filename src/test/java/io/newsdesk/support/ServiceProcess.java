package io.newsdesk.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged service as a real process, on its own port, data and corpus folders: started, stopped, killed. */
public final class ServiceProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    public static final String EDITOR = "it-editor-key";

    private final Path home;
    private final int port;
    private final List<String> settings;
    private Process process;

    /** @param settings extra system properties, as {@code name=value} */
    public ServiceProcess(Path home, String... settings) throws IOException {
        this.home = home;
        this.settings = List.of(settings);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        Files.createDirectories(home.resolve("corpus"));
    }

    /** Gives a home the seeds as its corpus and the committed embeddings cache, as a fresh clone has them. */
    public static void copySeeds(Path home) throws IOException {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        try (java.util.stream.Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        Files.createDirectories(home.resolve("embeddings"));
        Files.copy(Path.of("embeddings/vectors.bin"), home.resolve("embeddings/vectors.bin"));
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** Starts the service and waits until it is ready; returns the seconds from launch to ready. */
    public double start() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "--add-modules", "jdk.incubator.vector",
                "-Dquarkus.http.port=" + port,
                "-Dnewsdesk.data.path=" + home.resolve("data"),
                "-Dnewsdesk.corpus.path=" + home.resolve("corpus"),
                "-Dnewsdesk.embeddings.path=" + home.resolve("embeddings"),
                "-Dnewsdesk.api.keys=" + EDITOR,
                "-Dnewsdesk.imports.batch-articles=16"));
        settings.forEach(setting -> command.add("-D" + setting));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        long launched = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("service.log").toFile())).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited; see " + home.resolve("service.log"));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service was not ready within 180 s");
    }

    /** A graceful stop (SIGTERM); returns the seconds it took to exit. */
    public double stop() throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** {@code kill -9}: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
