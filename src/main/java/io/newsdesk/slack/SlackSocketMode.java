package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.request.EventsApiEnvelope;
import com.slack.api.socket_mode.request.InteractiveEnvelope;
import com.slack.api.socket_mode.request.SlashCommandsEnvelope;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.socket_mode.response.MapResponse;
import com.slack.api.socket_mode.response.SocketModeResponse;
import io.newsdesk.concurrent.DaemonThreads;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URISyntaxException;

/**
 * Slack Socket Mode: with {@code SLACK_APP_TOKEN} set, the bot holds a WebSocket to Slack and needs no
 * public URL. The SDK's {@link SocketModeClient} (Tyrus) carries the envelopes; each is acknowledged with
 * its {@code envelope_id} (a slash command's ack carries the "Looking…" reply) and handed to the same
 * {@link SlackEvents}, {@link SlackCommands} and {@link SlackInteractions} as the HTTP endpoints.
 * Reconnecting, with backoff, is {@link BackoffSocketModeClient}'s job.
 */
@ApplicationScoped
public class SlackSocketMode {

    private static final Logger LOG = Logger.getLogger(SlackSocketMode.class);

    private final SlackConfig config;
    private final SlackClient client;
    private final SlackEvents events;
    private final SlackCommands commands;
    private final SlackInteractions interactions;
    private final ObjectMapper mapper;
    private volatile BackoffSocketModeClient socket;

    public SlackSocketMode(SlackConfig config, SlackClient client, SlackEvents events, SlackCommands commands,
                           SlackInteractions interactions, ObjectMapper mapper) {
        this.config = config;
        this.client = client;
        this.events = events;
        this.commands = commands;
        this.interactions = interactions;
        this.mapper = mapper;
    }

    void start(@Observes StartupEvent startup) throws URISyntaxException {
        if (!config.socketMode()) {
            return;
        }
        BackoffSocketModeClient socket = new BackoffSocketModeClient(client.slack(), config.appToken().orElseThrow(),
                config.reconnectDelay());
        socket.addEventsApiEnvelopeListener(this::onEvent);
        socket.addSlashCommandsEnvelopeListener(this::onCommand);
        socket.addInteractiveEnvelopeListener(this::onInteraction);
        this.socket = socket;
        DaemonThreads.start("slack-socket-mode", socket::maintainCurrentSession); // the first connect, not 5 s later
    }

    private void onEvent(EventsApiEnvelope envelope) {
        handle("events_api", envelope.getEnvelopeId(), () -> {
            events.receive(json(envelope.getPayload()));
            return AckResponse.builder().envelopeId(envelope.getEnvelopeId()).build();
        });
    }

    private void onCommand(SlashCommandsEnvelope envelope) {
        handle("slash_commands", envelope.getEnvelopeId(), () -> {
            JsonNode payload = json(envelope.getPayload());
            return MapResponse.builder().envelopeId(envelope.getEnvelopeId())
                    .payload(commands.ask(payload.path("text").asText(""), payload.path("response_url").asText(null),
                            payload.path("trigger_id").asText(null))).build();
        });
    }

    private void onInteraction(InteractiveEnvelope envelope) {
        handle("interactive", envelope.getEnvelopeId(), () -> {
            interactions.receive(json(envelope.getPayload()));
            return AckResponse.builder().envelopeId(envelope.getEnvelopeId()).build();
        });
    }

    /** Acknowledges every envelope, even when handling it failed, so Slack does not redeliver it. */
    private void handle(String type, String envelopeId, Handler handler) {
        if (envelopeId == null) {
            return;
        }
        SocketModeResponse ack;
        try {
            ack = handler.handle();
        } catch (RuntimeException | IOException e) {
            LOG.errorf("Handling a Slack %s envelope failed: %s", type, e.getClass().getSimpleName());
            ack = AckResponse.builder().envelopeId(envelopeId).build();
        }
        BackoffSocketModeClient current = socket;
        if (current != null) {
            current.sendSocketModeResponse(ack);
        }
    }

    /** The SDK parses envelopes with Gson; the channel's handlers read Jackson trees. */
    private JsonNode json(com.google.gson.JsonElement payload) throws IOException {
        return payload == null ? mapper.createObjectNode() : mapper.readTree(payload.toString());
    }

    @PreDestroy
    void stop() throws IOException {
        BackoffSocketModeClient current = socket;
        if (current != null) {
            current.close();
        }
    }

    @FunctionalInterface
    private interface Handler {
        SocketModeResponse handle() throws IOException;
    }
}
