package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.concurrent.DaemonThreads;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Slack Socket Mode: with {@code SLACK_APP_TOKEN} set, the bot holds a WebSocket to Slack and needs no
 * public URL. Each envelope is acknowledged with its {@code envelope_id} (a slash command's ack carries
 * the "Looking…" reply) and handed to the same {@link SlackEvents}, {@link SlackCommands} and
 * {@link SlackInteractions} as the HTTP endpoints. A {@code disconnect} request, a dropped socket or a
 * failed connect leads to a fresh {@code apps.connections.open}, with backoff on failures.
 */
@ApplicationScoped
public class SlackSocketMode {

    private static final Logger LOG = Logger.getLogger(SlackSocketMode.class);
    private static final Duration MAX_DELAY = Duration.ofMinutes(1);
    /** A connection that lasted this long was healthy; Slack refreshes healthy ones every few hours. */
    private static final Duration STABLE = Duration.ofSeconds(10);

    private final SlackConfig config;
    private final SlackClient client;
    private final SlackEvents events;
    private final SlackCommands commands;
    private final SlackInteractions interactions;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile boolean running;
    private volatile Thread connector;
    private volatile WebSocket socket;

    public SlackSocketMode(SlackConfig config, SlackClient client, SlackEvents events, SlackCommands commands,
                           SlackInteractions interactions, ObjectMapper mapper) {
        this.config = config;
        this.client = client;
        this.events = events;
        this.commands = commands;
        this.interactions = interactions;
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.socketMode()) {
            return;
        }
        running = true;
        connector = DaemonThreads.start("slack-socket-mode", this::connectLoop);
    }

    private void connectLoop() {
        Duration delay = config.reconnectDelay();
        while (running) {
            long connectedAt = 0;
            try {
                URI url = client.openSocket().orElseThrow(() -> new IOException("apps.connections.open gave no URL"));
                Connection connection = new Connection();
                socket = http.newWebSocketBuilder().buildAsync(url, connection).get(15, TimeUnit.SECONDS);
                connectedAt = System.nanoTime();
                connection.closed.get(); // until Slack asks us to reconnect or the socket drops
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Slack Socket Mode connection failed (%s); retrying in %d ms", rootCause(e), delay.toMillis());
            }
            if (!running) {
                return;
            }
            // A connection that held for a while starts the backoff afresh; one that failed or dropped at once doubles it.
            boolean held = connectedAt != 0 && System.nanoTime() - connectedAt >= STABLE.toNanos();
            Duration wait = held ? config.reconnectDelay() : delay;
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delay = held ? config.reconnectDelay() : min(delay.multipliedBy(2), MAX_DELAY);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof java.net.http.WebSocketHandshakeException handshake
                ? "handshake answered HTTP " + handshake.getResponse().statusCode()
                : root.getClass().getSimpleName();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** One WebSocket connection: reassembles text frames, acknowledges and dispatches envelopes. */
    private final class Connection implements WebSocket.Listener {
        final CompletableFuture<Void> closed = new CompletableFuture<>();
        private final StringBuilder frames = new StringBuilder();
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                String message = frames.toString();
                frames.setLength(0);
                handle(webSocket, message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            LOG.infof("Slack Socket Mode connection closed (%d)", statusCode);
            closed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            LOG.warnf("Slack Socket Mode connection error: %s", error.getClass().getSimpleName());
            closed.complete(null);
        }

        private void handle(WebSocket webSocket, String message) {
            JsonNode envelope;
            try {
                envelope = mapper.readTree(message);
            } catch (IOException e) {
                LOG.warn("Slack Socket Mode sent a message that is not JSON; ignored");
                return;
            }
            String type = envelope.path("type").asText();
            switch (type) {
                case "hello" -> LOG.info("Slack Socket Mode connected");
                case "disconnect" -> {
                    LOG.infof("Slack asked to reconnect (%s)", envelope.path("reason").asText("no reason"));
                    webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "reconnecting");
                    closed.complete(null);
                }
                default -> acknowledge(webSocket, envelope, type);
            }
        }

        private void acknowledge(WebSocket webSocket, JsonNode envelope, String type) {
            String envelopeId = envelope.path("envelope_id").asText(null);
            if (envelopeId == null) {
                return;
            }
            ObjectNode ack = mapper.createObjectNode().put("envelope_id", envelopeId);
            JsonNode payload = envelope.path("payload");
            try {
                switch (type) {
                    case "events_api" -> events.receive(payload);
                    case "slash_commands" -> ack.set("payload", mapper.valueToTree(
                            commands.ask(payload.path("text").asText(""), payload.path("response_url").asText(null),
                                    payload.path("trigger_id").asText(null))));
                    case "interactive" -> interactions.receive(payload);
                    default -> LOG.debugf("Slack Socket Mode envelope of type %s ignored", type);
                }
            } catch (RuntimeException e) {
                LOG.errorf("Handling a Slack %s envelope failed: %s", type, e.getClass().getSimpleName());
            }
            send(webSocket, ack.toString());
        }

        /** The JDK WebSocket takes one outstanding send at a time, so sends are chained. */
        private synchronized void send(WebSocket webSocket, String text) {
            sending = sending.handle((ok, error) -> null).thenCompose(ignored -> webSocket.sendText(text, true));
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread thread = connector;
        if (thread != null) {
            thread.interrupt();
        }
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
    }
}
