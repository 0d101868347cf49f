package io.newsdesk.slack;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

/** Button clicks, from HTTP or Socket Mode: 👍/👎 under an answer go to the shared feedback store. */
@ApplicationScoped
public class SlackInteractions {

    private final SlackBot bot;

    public SlackInteractions(SlackBot bot) {
        this.bot = bot;
    }

    public void receive(JsonNode payload) {
        for (JsonNode action : payload.path("actions")) {
            String id = action.path("action_id").asText();
            if (SlackBlocks.HELPFUL.equals(id) || SlackBlocks.NOT_HELPFUL.equals(id)) {
                bot.recordFeedback(action.path("value").asText(), SlackBlocks.HELPFUL.equals(id),
                        payload.path("response_url").asText(null));
            }
        }
    }
}
