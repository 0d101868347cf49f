package io.newsdesk.slack;

import io.newsdesk.api.AskRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** The {@code /ask} slash command, from HTTP or Socket Mode: an ephemeral "Looking…" at once, the answer via {@code response_url}. */
@ApplicationScoped
public class SlackCommands {

    static final String USAGE = "Usage: `/ask <question>`, e.g. `/ask What tariff did the EU set on Chinese electric cars?`";

    private final SlackBot bot;

    public SlackCommands(SlackBot bot) {
        this.bot = bot;
    }

    /** Starts answering {@code text} and returns the immediate reply Slack shows the asker. */
    public Map<String, Object> ask(String text, String responseUrl) {
        String question = text == null ? "" : text.strip();
        if (question.isEmpty()) {
            return Map.of("response_type", "ephemeral", "text", USAGE);
        }
        if (question.length() > AskRequest.MAX_QUESTION_CHARS) {
            return Map.of("response_type", "ephemeral", "text",
                    "That question is too long: keep it under " + AskRequest.MAX_QUESTION_CHARS + " characters.");
        }
        bot.answerCommand(question, responseUrl);
        return Map.of("response_type", "ephemeral", "text", "Looking…");
    }
}
