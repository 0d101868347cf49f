package io.newsdesk.feeds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.files.DurableFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The feeds added through the API, kept as one JSON file replaced atomically on each change. */
final class AddedFeeds {

    private final Path file;
    private final ObjectMapper mapper;

    /** A feed as the file holds it. */
    record Stored(String name, String url, long intervalSeconds, String desk, int maxItems, int itemAttempts) {
    }

    AddedFeeds(Path file, ObjectMapper mapper) {
        this.file = file;
        this.mapper = mapper;
    }

    List<Subscription> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Stored> stored = mapper.readValue(file.toFile(), new TypeReference<List<Stored>>() { });
            return stored.stream().map(s -> new Subscription(s.name(), s.url(), Duration.ofSeconds(s.intervalSeconds()),
                    s.desk(), s.maxItems(), s.itemAttempts(), false)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the added feeds in " + file, e);
        }
    }

    void save(List<Subscription> feeds) {
        List<Stored> stored = feeds.stream().map(f -> new Stored(f.name(), f.url(), f.interval().toSeconds(), f.desk(),
                f.maxItems(), f.itemAttempts())).toList();
        try {
            DurableFiles.replace(file, mapper.writeValueAsBytes(stored));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the added feeds in " + file, e);
        }
    }
}
