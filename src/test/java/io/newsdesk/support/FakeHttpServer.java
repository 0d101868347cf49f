package io.newsdesk.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A small real HTTP server standing in for a remote API (Slack, an LLM) in tests: records every
 * request and answers from per-path handlers.
 */
public final class FakeHttpServer implements AutoCloseable {

    /** A request as received, and when ({@link System#nanoTime()}). */
    public record Recorded(String method, String path, Map<String, List<String>> headers, String body, long receivedNanos) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** A canned reply; {@code chunks} are written one by one, flushed, {@code delayMillis} apart (for streams). */
    public record Reply(int status, Map<String, String> headers, List<String> chunks, long delayMillis) {

        public static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), List.of(body), 0);
        }

        public static Reply status(int status, Map<String, String> headers, String body) {
            return new Reply(status, headers, List.of(body), 0);
        }
    }

    private final HttpServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Recorded, Reply>> handlers = new ConcurrentHashMap<>();

    public FakeHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers requests whose path ends with {@code suffix}. */
    public void on(String suffix, Function<Recorded, Reply> handler) {
        handlers.put(suffix, handler);
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public List<Recorded> requests(String suffix) {
        return requests.stream().filter(r -> r.path().endsWith(suffix)).toList();
    }

    public void reset() {
        requests.clear();
        handlers.clear();
    }

    /** How long the last request took the fake to serve, from receiving it to writing the last byte. */
    public long lastServeNanos() {
        return lastServeNanos;
    }

    private volatile long lastServeNanos;

    private void handle(HttpExchange exchange) throws IOException {
        long received = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()), body, received);
        requests.add(recorded);
        Reply reply = handlers.entrySet().stream().filter(e -> recorded.path().endsWith(e.getKey()))
                .map(e -> e.getValue().apply(recorded)).findFirst()
                .orElse(Reply.json("{\"ok\":true}"));
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), 0);
        try (var out = exchange.getResponseBody()) {
            for (String chunk : reply.chunks()) {
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (reply.delayMillis() > 0) {
                    Thread.sleep(reply.delayMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client went away (a timeout test); nothing to do
        }
        lastServeNanos = System.nanoTime() - received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
