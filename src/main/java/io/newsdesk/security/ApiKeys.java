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

    public ApiKeys(AccessConfig config, DesksConfig desks) {
        List<Key> all = new java.util.ArrayList<>();
        keys(config.keys()).forEach(k -> all.add(new Key(digest(k), Set.of(Roles.EDITOR, Roles.READER))));
        keys(config.readerKeys()).forEach(k -> all.add(new Key(digest(k), Set.of(Roles.READER))));
        // a key named only in desks' lists is a valid key; its rights come from those lists (DeskRights)
        desks.desks().values().forEach(desk -> java.util.stream.Stream.of(desk.readKeys(), desk.editKeys())
                .flatMap(list -> keys(list).stream())
                .forEach(k -> all.add(new Key(digest(k), Set.of()))));
        this.keys = List.copyOf(all);
    }

    /** The fingerprint a key is known by once matched: safe to log, to rate-limit by, and to audit. */
    public static String fingerprint(String key) {
        return "key-" + HexFormat.of().formatHex(digest(key.strip()), 0, 4);
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
