package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/** Button clicks, from HTTP or Socket Mode: 👍/👎 under an answer go to the shared feedback store. */
@ApplicationScoped
public class SlackInteractions {

    private final SlackBot bot;
    private final RecentKeys seen;

    public SlackInteractions(SlackBot bot, RecentKeys seen) {
        this.bot = bot;
        this.seen = seen;
    }

    /** Records each vote once: a replayed click (same user, answer and {@code action_ts}) counts once. */
    public void receive(JsonNode payload) {
        String user = payload.path("user").path("id").asText("");
        for (JsonNode action : payload.path("actions")) {
            String id = action.path("action_id").asText();
            String actionTs = action.path("action_ts").asText("");
            if (!seen.firstTime("click:" + user + ":" + action.path("value").asText() + ":" + id + ":" + actionTs)) {
                continue;
            }
            if (SlackBlocks.HELPFUL.equals(id) || SlackBlocks.NOT_HELPFUL.equals(id)) {
                bot.recordFeedback(action.path("value").asText(), SlackBlocks.HELPFUL.equals(id),
                        payload.path("response_url").asText(null));
            }
        }
    }
}
