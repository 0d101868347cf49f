package io.newsdesk.slack;

import com.slack.api.Slack;
import com.slack.api.socket_mode.impl.SocketModeClientTyrusImpl;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.jboss.logging.Logger;

import javax.websocket.ClientEndpoint;

import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The SDK's Tyrus Socket Mode client with our reconnect policy. Kept because the SDK's own is worse for
 * us (slack-api-client 1.51.0): after a failed {@code apps.connections.open} its session monitor retries
 * every 10 s without backoff or limit; {@code connect()} logs a failure instead of reporting it; and on
 * a {@code disconnect} request it reconnects once, inline, and if that fails keeps the old socket that
 * Slack is about to close. Here the SDK's session monitor calls {@link #maintainCurrentSession()} every
 * tick, and it reconnects when Slack asked to or the socket stopped answering pings, waiting
 * {@code reconnect-delay} after a failed attempt, doubled on each failure up to a minute, and starting
 * afresh once a connection held for {@link #STABLE}.
 */
@ClientEndpoint // Tyrus reads the endpoint annotations of the instance's own class
final class BackoffSocketModeClient extends SocketModeClientTyrusImpl {

    private static final Logger LOG = Logger.getLogger(BackoffSocketModeClient.class);
    private static final long MAX_DELAY_MILLIS = Duration.ofMinutes(1).toMillis();
    /** A connection that lasted this long was healthy; Slack refreshes healthy ones every few hours. */
    private static final Duration STABLE = Duration.ofSeconds(10);
    /** How often a quiet connection is checked with a ping. */
    private static final long VERIFY_EVERY_MILLIS = 5_000;
    /** Replaced by a fresh URL from {@code apps.connections.open} before the first connect. */
    private static final String NOT_YET_ISSUED = "wss://wss-primary.slack.com/link/";

    private final long firstDelayMillis;
    /** Set when Slack asks to reconnect (or before the first connect); consumed by the attempt it starts. */
    private final AtomicBoolean reconnectRequested = new AtomicBoolean(true);
    private long delayMillis;
    private long retryAt;
    private long connectedAt;
    private long verifiedAt;

    BackoffSocketModeClient(Slack slack, String appToken, Duration reconnectDelay) throws URISyntaxException {
        super(slack, appToken, NOT_YET_ISSUED, 2, new ConcurrentLinkedMessageQueue(), true, true, tick(reconnectDelay));
        this.firstDelayMillis = Math.max(1, reconnectDelay.toMillis());
        this.delayMillis = firstDelayMillis;
    }

    /** The session monitor's period: fine enough for the first backoff step. */
    private static long tick(Duration reconnectDelay) {
        return Math.max(20, Math.min(1_000, reconnectDelay.toMillis() / 4));
    }

    /** A {@code disconnect} request is left to the session monitor's next tick, not reconnected inline. */
    @Override
    public void processMessage(String message) throws IOException {
        if (message.contains("\"disconnect\"") && "disconnect".equals(type(message))) {
            LOG.info("Slack asked to reconnect");
            reconnectRequested.set(true);
            return;
        }
        super.processMessage(message);
    }

    private String type(String message) {
        try {
            JsonElement type = getGson().fromJson(message, JsonObject.class).get("type");
            return type == null || type.isJsonNull() ? null : type.getAsString();
        } catch (RuntimeException notAnObject) {
            return null;
        }
    }

    /** Called by the SDK's session monitor every tick; returns when it may be called next (now). */
    @Override
    public synchronized long maintainCurrentSession() {
        long now = System.currentTimeMillis();
        if (now < retryAt) {
            return now;
        }
        boolean requested = reconnectRequested.getAndSet(false);
        if (!requested) {
            if (now - verifiedAt < VERIFY_EVERY_MILLIS) {
                return now;
            }
            if (verifyConnection()) {
                verifiedAt = now;
                if (now - connectedAt >= STABLE.toMillis()) {
                    delayMillis = firstDelayMillis;
                }
                return now;
            }
            LOG.info("Slack Socket Mode connection lost; reconnecting");
        }
        try {
            connectToNewEndpoint(); // a fresh single-use URL from apps.connections.open, then connect
            if (!verifyConnection()) {
                throw new IOException("the new connection does not answer");
            }
            connectedAt = verifiedAt = System.currentTimeMillis();
            retryAt = 0;
            LOG.info("Slack Socket Mode connected");
        } catch (IOException | RuntimeException e) {
            reconnectRequested.set(true);
            retryAt = System.currentTimeMillis() + delayMillis;
            LOG.warnf("Slack Socket Mode connection failed (%s); retrying in %d ms", e.getClass().getSimpleName(), delayMillis);
            delayMillis = Math.min(delayMillis * 2, MAX_DELAY_MILLIS);
        }
        return System.currentTimeMillis();
    }
}
