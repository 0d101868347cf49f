package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Events API callbacks, from HTTP or Socket Mode: mentions and direct messages are answered in their
 * thread. Retries and duplicate deliveries are answered once; bots, edits and joins are ignored, so the
 * bot never talks to itself.
 */
@ApplicationScoped
public class SlackEvents {

    private final SlackBot bot;
    private final ThreadMemory threads;
    private final RecentKeys seen;

    public SlackEvents(SlackBot bot, ThreadMemory threads, RecentKeys seen) {
        this.bot = bot;
        this.threads = threads;
        this.seen = seen;
    }

    /** Handles an {@code event_callback} body; other callback types are ignored. */
    public void receive(JsonNode callback) {
        if (!"event_callback".equals(callback.path("type").asText())) {
            return;
        }
        JsonNode event = callback.path("event");
        if (event.hasNonNull("bot_id") || event.hasNonNull("subtype") || !event.hasNonNull("user")) {
            return; // bots (ourselves included), edits, joins: never answered
        }
        String channel = event.path("channel").asText();
        String ts = event.path("ts").asText();
        String threadTs = event.path("thread_ts").asText(ts);
        String text = event.path("text").asText("");
        boolean direct = "im".equals(event.path("channel_type").asText());
        boolean wanted = switch (event.path("type").asText()) {
            case "app_mention" -> true;
            // In channels a mention also arrives as app_mention; plain thread replies count where the bot answered.
            case "message" -> direct || (!text.contains("<@") && threads.knows(channel, threadTs));
            default -> false;
        };
        if (wanted && seen.firstTime(callback.path("event_id").asText(null), channel + "/" + ts)) {
            bot.answerInThread(channel, threadTs, ts, text);
        }
    }
}
