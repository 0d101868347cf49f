package io.newsdesk.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Desks with rights of their own: {@code newsdesk.desks."<desk>".read-keys}, {@code .edit-keys} (API keys,
 * comma-separated), {@code .read-groups} and {@code .edit-groups} (JWT groups). Editing a desk includes reading it.
 * A desk with none of the four lists, and every desk not named here, keeps the service-wide rules
 * ({@code newsdesk.api.keys}, {@code reader-keys}, {@code open-reads}).
 */
@ConfigMapping(prefix = "newsdesk.desks")
public interface DesksConfig {

    @WithParentName
    Map<String, Desk> desks();

    interface Desk {

        Optional<List<String>> readKeys();

        Optional<List<String>> editKeys();

        Optional<List<String>> readGroups();

        Optional<List<String>> editGroups();

        /** Whether the desk has any list of its own, so the service-wide rules do not reach it. */
        default boolean restricted() {
            return !values(readKeys()).isEmpty() || !values(editKeys()).isEmpty()
                    || !values(readGroups()).isEmpty() || !values(editGroups()).isEmpty();
        }

        static List<String> values(Optional<List<String>> configured) {
            return configured.orElse(List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        }
    }
}
