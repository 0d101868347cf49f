package io.newsdesk.slack;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The {@code /ask} slash command over HTTP; {@link SlackCommands} does the work. */
@PermitAll // Slack signs its requests; SlackSignatureVerifier checks them
@Path("/slack/commands")
@Tag(name = "Slack")
public class SlackCommandsResource {

    private final SlackRequests requests;
    private final SlackCommands commands;

    public SlackCommandsResource(SlackRequests requests, SlackCommands commands) {
        this.requests = requests;
        this.commands = commands;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Slack slash command callback")
    public Map<String, Object> command(byte[] body, @HeaderParam("X-Slack-Request-Timestamp") String timestamp,
                                       @HeaderParam("X-Slack-Signature") String signature) {
        requests.verify(timestamp, signature, body);
        Map<String, String> form = SlackRequests.form(body);
        return commands.ask(form.get("text"), form.get("response_url"), form.get("trigger_id"));
    }
}
