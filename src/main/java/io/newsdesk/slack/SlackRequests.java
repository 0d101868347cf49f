package io.newsdesk.slack;

import io.newsdesk.http.ApiException;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The checks every Slack request passes first: Slack configured (else 503), signature valid (else 401). */
@ApplicationScoped
public class SlackRequests {

    private final SlackConfig config;
    private final SlackSignatureVerifier verifier;

    public SlackRequests(SlackConfig config, SlackSignatureVerifier verifier) {
        this.config = config;
        this.verifier = verifier;
    }

    public void verify(String timestamp, String signature, byte[] body) {
        if (!config.enabled()) {
            throw new ApiException(503, "Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET");
        }
        if (!verifier.verify(timestamp, signature, body)) {
            throw new ApiException(401, "invalid or expired Slack signature");
        }
    }

    /** Parses an {@code application/x-www-form-urlencoded} body. */
    public static Map<String, String> form(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.put(key, value);
        }
        return fields;
    }
}
