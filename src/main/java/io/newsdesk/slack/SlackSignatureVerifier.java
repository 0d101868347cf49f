package io.newsdesk.slack;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Slack's request signature: {@code v0=} + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body)),
 * compared in constant time, with the timestamp within the allowed skew of now in either direction.
 */
@ApplicationScoped
public class SlackSignatureVerifier {

    private final SlackConfig config;
    private final Clock clock;

    @jakarta.inject.Inject
    public SlackSignatureVerifier(SlackConfig config) {
        this(config, Clock.systemUTC());
    }

    SlackSignatureVerifier(SlackConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public boolean verify(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || body == null || config.signingSecret().isEmpty()) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > config.maxClockSkew().toSeconds()) {
            return false;
        }
        byte[] expected = sign(config.signingSecret().get(), timestamp.strip(), body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The signature Slack would send for this body; public so tests and tools can sign requests. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
