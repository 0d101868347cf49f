package io.newsdesk.documents;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;

/**
 * Fetches web pages for the archive, guarded against server-side request forgery: http and https only,
 * every address (the first and each redirect's) checked before it is contacted, and loopback, link-local,
 * private and other non-public addresses refused unless {@code newsdesk.fetch.allow-private} is set.
 * Pages are read up to a size limit, within a time limit.
 */
@ApplicationScoped
public class PageFetcher {

    private final DocumentsConfig.Fetch config;
    private final HttpClient client;

    public PageFetcher(DocumentsConfig config) {
        this.config = config.fetch();
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(this.config.timeout())
                .build();
    }

    /** The page at {@code address}, after any redirects. */
    public FetchedPage fetch(String address) {
        URI uri = parse(address);
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            check(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                close(response);
                if (location == null) {
                    throw new DocumentRejected(422, uri + " redirects without a Location");
                }
                uri = parse(uri.resolve(location.strip()).toString());
                continue;
            }
            if (status < 200 || status >= 300) {
                close(response);
                throw new DocumentRejected(422, "could not fetch " + uri + ": it answered HTTP " + status);
            }
            return new FetchedPage(uri.toString(), read(response, uri),
                    response.headers().firstValue("Content-Type").orElse(null));
        }
        throw new DocumentRejected(422, "could not fetch " + address + ": more than " + config.maxRedirects() + " redirects");
    }

    private static URI parse(String address) {
        URI uri;
        try {
            String stripped = address == null ? "" : address.strip();
            int fragment = stripped.indexOf('#'); // never sent to the server: the same page with or without it
            uri = new URI(fragment < 0 ? stripped : stripped.substring(0, fragment)).normalize();
        } catch (java.net.URISyntaxException e) {
            throw new DocumentRejected(400, "\"url\" is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new DocumentRejected(400, "only http and https addresses can be fetched");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new DocumentRejected(400, "the address has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new DocumentRejected(400, "addresses with a user name or password are not fetched");
        }
        return uri;
    }

    private void check(URI uri) {
        if (config.allowPrivate()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new DocumentRejected(422, "could not fetch " + uri + ": unknown host " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new DocumentRejected(403, "refused to fetch " + uri + ": " + uri.getHost()
                        + " is a loopback, link-local or private address (set newsdesk.fetch.allow-private=true to allow it)");
            }
        }
    }

    /** Whether an address is on the public internet: not loopback, link-local, private, shared, multicast or unspecified. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (raw[0] & 0xFE) == 0xFC; // fc00::/7
            boolean mappedV4 = raw[0] == 0 && raw[10] == (byte) 0xFF && raw[11] == (byte) 0xFF;
            if (mappedV4) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(raw, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        int first = raw[0] & 0xFF;
        int second = raw[1] & 0xFF;
        boolean shared = first == 100 && second >= 64 && second <= 127; // 100.64.0.0/10, carrier-grade NAT
        boolean zero = first == 0;
        boolean benchmark = first == 198 && (second == 18 || second == 19);
        boolean reserved = first >= 240;
        return !(shared || zero || benchmark || reserved);
    }

    private HttpResponse<InputStream> send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5")
                .GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new DocumentRejected(422, "could not fetch " + uri + ": no answer within " + config.timeout().toSeconds() + " s");
        } catch (IOException e) {
            throw new DocumentRejected(422, "could not fetch " + uri + ": " + (e.getMessage() == null ? "connection failed" : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentRejected(503, "interrupted while fetching " + uri);
        }
    }

    private byte[] read(HttpResponse<InputStream> response, URI uri) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        try (InputStream in = response.body()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 14];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > config.maxBytes()) {
                    throw new DocumentRejected(413, "the page at " + uri + " is larger than " + config.maxBytes() + " bytes");
                }
                out.write(buffer, 0, read);
                if (System.nanoTime() > deadline) {
                    throw new DocumentRejected(422, "could not fetch " + uri + ": the page took longer than "
                            + config.timeout().toSeconds() + " s to arrive");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new DocumentRejected(422, "could not read " + uri + ": " + e.getMessage());
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // the connection is dropped either way
        }
    }

    /** A fetched page: its final address, its bytes and its declared type. */
    public record FetchedPage(String url, byte[] content, String contentType) {
    }
}
