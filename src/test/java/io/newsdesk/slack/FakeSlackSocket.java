package io.newsdesk.slack;

import io.newsdesk.support.FakeHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Slack for Socket Mode: the Web API (with {@code apps.connections.open} handing out single-use
 * {@code ws://} URLs) on a JDK HttpServer, and the Socket Mode WebSocket endpoint on a Vert.x server.
 * The service gets a bot token and an app-level token, and no signing secret.
 */
public class FakeSlackSocket implements QuarkusTestResourceLifecycleManager {

    static final String APP_TOKEN = "xapp-test-app-token";
    static FakeHttpServer api;
    static final List<ServerWebSocket> sockets = new CopyOnWriteArrayList<>();
    /** Messages the service sent over its sockets (acknowledgements), in order. */
    static final List<String> received = new CopyOnWriteArrayList<>();
    private static final AtomicInteger tickets = new AtomicInteger();
    private static String socketUrl;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (!request.path().startsWith("/link") || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
                request.response().setStatusCode(404).end();
                return;
            }
            request.toWebSocket().onSuccess(socket -> {
                socket.textMessageHandler(received::add);
                sockets.add(socket);
                socket.writeTextMessage("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"}}");
            });
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        socketUrl = "ws://127.0.0.1:" + server.actualPort() + "/link/?ticket=";
        api = new FakeHttpServer();
        restoreConnections();
        return Map.of("newsdesk.slack.bot-token", "xoxb-test-token",
                "newsdesk.slack.app-token", APP_TOKEN,
                "newsdesk.slack.reconnect-delay", "100ms",
                "newsdesk.slack.api-url", api.url() + "/api/",
                "newsdesk.slack.response-url-prefix", api.url() + "/");
    }

    /** {@code apps.connections.open} hands out working socket URLs (again). */
    static void restoreConnections() {
        api.on("/api/apps.connections.open",
                request -> FakeHttpServer.Reply.json("{\"ok\":true,\"url\":\"" + socketUrl + tickets.incrementAndGet() + "\"}"));
    }

    /** The socket the service opened last. */
    static ServerWebSocket current() {
        return sockets.get(sockets.size() - 1);
    }

    @Override
    public void stop() {
        api.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
