package io.newsdesk.security;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Reads closed, JWT bearer tokens accepted (as an OIDC provider would issue them; roles from
 * {@code groups}), and a rate limit of 30 questions a minute per client. Each rate-limit test uses its
 * own reader key, so each is its own client.
 */
public class ClosedReadsProfile implements QuarkusTestProfile {

    static final String ISSUER = "https://idp.newsdesk.test/realms/newsroom";
    static final int PER_MINUTE = 30;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newsdesk.api.open-reads", "false",
                "newsdesk.api.reader-keys", "test-reader-key,rate-key-a,rate-key-b",
                "newsdesk.rate-limit.ask-per-minute", Integer.toString(PER_MINUTE),
                "mp.jwt.verify.publickey.location", "jwt-public.pem",
                "mp.jwt.verify.issuer", ISSUER);
    }
}
