package io.newsdesk.slack;

import io.newsdesk.answer.Question;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** The {@code /ask} slash command, from HTTP or Socket Mode: an ephemeral "Looking…" at once, the answer via {@code response_url}. */
@ApplicationScoped
public class SlackCommands {

    static final String USAGE = "Usage: `/ask <question>`, e.g. `/ask What tariff did the EU set on Chinese electric cars?`";

    private final SlackBot bot;
    private final SlackClient client;
    private final RecentKeys seen;

    public SlackCommands(SlackBot bot, SlackClient client, RecentKeys seen) {
        this.bot = bot;
        this.client = client;
        this.seen = seen;
    }

    /**
     * Starts answering {@code text} and returns the immediate reply Slack shows the asker. A replayed
     * command (same {@code trigger_id}) is acknowledged but answered once; a {@code response_url} that
     * is not Slack's is refused.
     */
    public Map<String, Object> ask(String text, String responseUrl, String triggerId, String channel) {
        String question = Question.normalize(text);
        var problem = Question.problem(text);
        if (problem.isPresent()) {
            return Map.of("response_type", "ephemeral", "text",
                    problem.get() == Question.Problem.BLANK ? USAGE : SlackBot.refusal(problem.get()));
        }
        if (!client.isSlackHook(responseUrl)) {
            return Map.of("response_type", "ephemeral", "text", "This command came without a Slack response URL.");
        }
        if (seen.firstTime(triggerId == null ? null : "trigger:" + triggerId)) {
            bot.answerCommand(question, responseUrl, channel);
        }
        return Map.of("response_type", "ephemeral", "text", "Looking…");
    }
}
