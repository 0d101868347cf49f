package io.newsdesk.slack;

import io.newsdesk.api.AskRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The {@code /ask} slash command: an ephemeral "Looking…" at once, the answer via {@code response_url}. */
@Path("/slack/commands")
@Tag(name = "Slack")
public class SlackCommandsResource {

    static final String USAGE = "Usage: `/ask <question>`, e.g. `/ask What tariff did the EU set on Chinese electric cars?`";

    private final SlackRequests requests;
    private final SlackBot bot;

    public SlackCommandsResource(SlackRequests requests, SlackBot bot) {
        this.requests = requests;
        this.bot = bot;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Slack slash command callback")
    public Map<String, Object> command(byte[] body, @HeaderParam("X-Slack-Request-Timestamp") String timestamp,
                                       @HeaderParam("X-Slack-Signature") String signature) {
        requests.verify(timestamp, signature, body);
        Map<String, String> form = SlackRequests.form(body);
        String question = form.getOrDefault("text", "").strip();
        if (question.isEmpty()) {
            return Map.of("response_type", "ephemeral", "text", USAGE);
        }
        if (question.length() > AskRequest.MAX_QUESTION_CHARS) {
            return Map.of("response_type", "ephemeral", "text",
                    "That question is too long: keep it under " + AskRequest.MAX_QUESTION_CHARS + " characters.");
        }
        bot.answerCommand(question, form.get("response_url"));
        return Map.of("response_type", "ephemeral", "text", "Looking…");
    }
}
