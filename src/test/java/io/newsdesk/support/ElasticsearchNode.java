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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Elasticsearch node, from the integ-test distribution that the build unpacks into
 * {@code target/elasticsearch} (maven-dependency-plugin), on loopback ports of its own. Elasticsearch
 * refuses to run as root, so as root the node runs as an unprivileged user created for it. It runs on the
 * newest JDK under /usr/lib/jvm (17 and 25 both work), else on this JVM's.
 */
public final class ElasticsearchNode implements AutoCloseable {

    public static final Path DISTRIBUTION = Path.of("target/elasticsearch/elasticsearch-8.19.21");
    private static final String USER = "newsdesk-es";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path home;
    private final int httpPort;
    private final int transportPort;
    private final List<String> settings;
    private Process process;

    private ElasticsearchNode(String name, Path home, int httpPort, int transportPort, List<String> settings) {
        this.name = name;
        this.home = home;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.settings = settings;
    }

    /**
     * A folder for nodes under the system's temporary folder, which every user can traverse (a checkout
     * under {@code /root} is not, and the node runs as another user).
     */
    public static Path workDir(String name) {
        try {
            return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-es", name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A single-node cluster. */
    public static ElasticsearchNode single(Path home) throws IOException {
        int http = freePort();
        return new ElasticsearchNode("solo", home, http, freePort(), List.of("discovery.type=single-node"));
    }

    /** Nodes of one cluster that discover each other on loopback; start them all, then {@link #awaitGreen}. */
    public static List<ElasticsearchNode> cluster(Path home, int size) throws IOException {
        List<String> names = new ArrayList<>();
        List<Integer> transports = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            names.add("node-" + i);
            transports.add(freePort());
        }
        String seeds = String.join(",", transports.stream().map(p -> "127.0.0.1:" + p).toList());
        List<ElasticsearchNode> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            nodes.add(new ElasticsearchNode(names.get(i), home.resolve(names.get(i)), freePort(), transports.get(i),
                    List.of("discovery.seed_hosts=" + seeds, "cluster.initial_master_nodes=" + String.join(",", names))));
        }
        return nodes;
    }

    public int httpPort() {
        return httpPort;
    }

    public String host() {
        return "127.0.0.1:" + httpPort;
    }

    /** Launches the node (again, after {@link #kill()}, on the same data) without waiting for it. */
    public void launch() throws IOException, InterruptedException {
        if (!Files.isDirectory(DISTRIBUTION)) {
            throw new IllegalStateException(DISTRIBUTION + " is missing: the build unpacks it (mvn process-test-resources)");
        }
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Path install = home.resolve("es");
        if (!Files.isDirectory(install)) {
            copy(DISTRIBUTION, install); // a config folder of its own: the node writes its keystore there
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run("sh", "-c", "id -u " + USER + " >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin " + USER);
            run("chown", "-R", USER, home.toAbsolutePath().toString());
        }
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.addAll(List.of("env", "ES_JAVA_HOME=" + javaHome(), "ES_JAVA_OPTS=-Xms512m -Xmx512m",
                install.resolve("bin/elasticsearch").toAbsolutePath().toString(),
                "-E", "node.name=" + name, "-E", "cluster.name=newsdesk-test",
                "-E", "path.data=" + home.resolve("data").toAbsolutePath(),
                "-E", "path.logs=" + home.resolve("logs").toAbsolutePath(),
                "-E", "network.host=127.0.0.1", "-E", "http.port=" + httpPort, "-E", "transport.port=" + transportPort,
                "-E", "xpack.security.enabled=false",
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        settings.forEach(setting -> command.addAll(List.of("-E", setting)));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("node.log").toFile())).start();
    }

    /** Launches and waits until the node answers. */
    public ElasticsearchNode start() throws Exception {
        launch();
        awaitUp(Duration.ofSeconds(120));
        return this;
    }

    public void awaitUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited; see " + home.resolve("node.log"));
            }
            if (status().equals("green") || status().equals("yellow")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Elasticsearch was not up within " + timeout + "; see " + home.resolve("node.log"));
    }

    /** Waits until the cluster this node belongs to is green (every replica assigned). */
    public void awaitGreen(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (status().equals("green")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the cluster was not green within " + timeout);
    }

    /** The cluster's health as this node reports it, or "down". */
    public String status() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://" + host() + "/_cluster/health")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var matcher = java.util.regex.Pattern.compile("\"status\":\"(\\w+)\"").matcher(response.body());
            return response.statusCode() == 200 && matcher.find() ? matcher.group(1) : "down";
        } catch (IOException e) {
            return "down";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "down";
        }
    }

    /** {@code kill -9} of the node's JVM (and the wrapper that launched it). */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().join();
        }
        process = null;
    }

    /** Kills the node and deletes its folder (the install copy, data and logs). */
    @Override
    public void close() throws InterruptedException {
        kill();
        try {
            run("rm", "-rf", home.toAbsolutePath().toString());
        } catch (IOException | IllegalStateException e) {
            // best effort: the folder is under the temporary folder
        }
    }

    private static String javaHome() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                var newest = homes.filter(p -> Files.isExecutable(p.resolve("bin/java")) && !Files.isSymbolicLink(p))
                        .filter(p -> feature(p) >= 17).max(Comparator.comparingInt(ElasticsearchNode::feature));
                if (newest.isPresent()) {
                    return newest.get().toString();
                }
            }
        }
        return System.getProperty("java.home");
    }

    private static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not a JDK we can read
        }
        return 0;
    }

    private static void copy(Path from, Path to) throws IOException, InterruptedException {
        run("cp", "-r", from.toAbsolutePath().toString(), to.toAbsolutePath().toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
