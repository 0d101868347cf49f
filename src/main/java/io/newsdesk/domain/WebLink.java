package io.newsdesk.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An article's link to its original: an absolute http or https address, so no client is handed a script to follow. */
public final class WebLink {

    private WebLink() {
    }

    /** The link, stripped, or null when none is given; throws {@link IllegalArgumentException} saying what is wrong. */
    public static String checked(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String link = url.strip();
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return link;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("\"url\" must be an absolute http or https address");
    }
}
