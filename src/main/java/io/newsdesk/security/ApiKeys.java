package io.newsdesk.security;

import io.newsdesk.text.Hashing;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The configured API keys. A key is compared with every configured key in constant time (SHA-256 of
 * both, then {@link MessageDigest#isEqual}), so neither its content nor its length leaks through timing.
 * A matched key is known afterwards only by a short fingerprint, never by its text.
 */
@ApplicationScoped
public class ApiKeys {

    private final List<Key> keys;

    public ApiKeys(AccessConfig config) {
        this.keys = java.util.stream.Stream.concat(
                        keys(config.keys()).stream().map(k -> new Key(digest(k), Set.of(Roles.EDITOR, Roles.READER))),
                        keys(config.readerKeys()).stream().map(k -> new Key(digest(k), Set.of(Roles.READER))))
                .toList();
    }

    private static List<String> keys(Optional<List<String>> configured) {
        return configured.orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    /** Whether any editor key is configured, i.e. whether writes can be enabled by a key at all. */
    public boolean editorKeysConfigured() {
        return keys.stream().anyMatch(k -> k.roles().contains(Roles.EDITOR));
    }

    /** The key's roles and fingerprint, or empty when it is not a configured key. */
    public Optional<Match> match(String presented) {
        byte[] digest = digest(presented);
        Key found = null;
        for (Key key : keys) { // no early exit: every key is compared
            if (MessageDigest.isEqual(key.digest(), digest) && found == null) {
                found = key;
            }
        }
        return found == null ? Optional.empty()
                : Optional.of(new Match("key-" + HexFormat.of().formatHex(found.digest(), 0, 4), found.roles()));
    }

    private static byte[] digest(String key) {
        return Hashing.sha256(key);
    }

    private record Key(byte[] digest, Set<String> roles) {
    }

    /** A configured key: its fingerprint (safe to use as a principal name or a rate-limit client) and roles. */
    public record Match(String fingerprint, Set<String> roles) {
    }
}
