package io.newsdesk.documents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits on uploaded files and fetched web pages. */
@ConfigMapping(prefix = "newsdesk")
public interface DocumentsConfig {

    Upload upload();

    Fetch fetch();

    interface Upload {
        /** The largest file accepted, checked before parsing. */
        @WithDefault("10485760")
        long maxBytes();

        /** Extracted text is cut at this many characters. */
        @WithDefault("1000000")
        int maxChars();

        /** A document that takes longer to parse is refused. */
        @WithDefault("20s")
        Duration parseTimeout();
    }

    interface Fetch {
        /** Allow addresses on loopback, link-local and private networks (off: they are refused, against request forgery). */
        @WithDefault("false")
        boolean allowPrivate();

        /** The largest page read. */
        @WithDefault("10485760")
        long maxBytes();

        /** Time to connect, and again to receive the page. */
        @WithDefault("10s")
        Duration timeout();

        /** Redirects followed, each checked like the first address. */
        @WithDefault("5")
        int maxRedirects();

        /** Sent as User-Agent. */
        @WithDefault("Newsdesk/1.0 (+https://github.com/newsdesk)")
        String userAgent();
    }
}
