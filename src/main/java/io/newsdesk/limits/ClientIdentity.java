package io.newsdesk.limits;

import io.newsdesk.security.ApiKeyAuthenticationMechanism;
import io.newsdesk.security.ApiKeys;
import io.newsdesk.text.Hashing;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;


/**
 * Who a client is, for rate limits: its API key's fingerprint when it sends a configured key, a
 * digest of its bearer token when it sends a JWT, otherwise its IP address. The address is the
 * socket's, or {@code X-Forwarded-For}'s only when {@code quarkus.http.proxy.proxy-address-forwarding}
 * is on (Quarkus then rewrites the remote address). Keys and tokens never appear as such.
 */
@ApplicationScoped
public class ClientIdentity {

    private final ApiKeys keys;

    public ClientIdentity(ApiKeys keys) {
        this.keys = keys;
    }

    public String of(HttpServerRequest request) {
        String bearer = ApiKeyAuthenticationMechanism.bearer(request.getHeader("Authorization"));
        if (bearer != null) {
            var key = keys.match(bearer);
            if (key.isPresent()) {
                return key.get().fingerprint();
            }
            if (ApiKeyAuthenticationMechanism.looksLikeJwt(bearer)) {
                return "token-" + Hashing.sha256Hex(bearer).substring(0, 16);
            }
        }
        SocketAddress address = request.remoteAddress();
        return "ip-" + (address == null ? "unknown" : address.hostAddress());
    }

}
