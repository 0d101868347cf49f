package io.newsdesk.conversations;

import io.newsdesk.security.DeskRights;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Whose conversations a request reaches: the caller's key (by its fingerprint) or token subject; without either, on
 * a deployment whose reads are open, the browser, by a random id kept in an HTTP-only cookie that this class sets on
 * the first request that needs it.
 */
@RequestScoped
public class Person {

    static final String COOKIE = "newsdesk-browser";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COOKIE_DAYS = 400;

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private String id;

    public Person(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** The owner id conversations are stored under. */
    public String id() {
        if (id == null) {
            id = identity.isAnonymous() ? ConversationStore.ANONYMOUS_PREFIX + browser() : DeskRights.who(identity);
        }
        return id;
    }

    private String browser() {
        RoutingContext context = request.getCurrent();
        Cookie held = context == null ? null : context.request().getCookie(COOKIE);
        if (held != null && held.getValue().matches("[0-9a-f]{32}")) {
            return held.getValue();
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String made = HexFormat.of().formatHex(bytes);
        if (context != null && !context.response().headWritten()) {
            context.response().addCookie(Cookie.cookie(COOKIE, made).setHttpOnly(true).setPath("/")
                    .setSameSite(CookieSameSite.STRICT).setMaxAge(COOKIE_DAYS * 24L * 3600)
                    .setSecure("https".equals(context.request().scheme())));
        }
        return made;
    }
}
