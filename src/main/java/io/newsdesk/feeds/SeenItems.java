package io.newsdesk.feeds;

import io.newsdesk.files.DurableFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** A feed's items already indexed, by GUID and by link, appended one per line and forced to disk. */
final class SeenItems {

    private final Path file;
    private final Set<String> keys = new HashSet<>();

    SeenItems(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(keys::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    synchronized boolean contains(String key) {
        return key != null && keys.contains(key);
    }

    synchronized int size() {
        return keys.size();
    }

    /** Records an item's keys (null ones are skipped), durably. */
    /** Forgets every item, on disk too: the feed is gone. */
    synchronized void forget() {
        keys.clear();
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not forget the items of " + file, e);
        }
    }

    synchronized void add(String... itemKeys) {
        StringBuilder lines = new StringBuilder();
        for (String key : itemKeys) {
            if (key != null && !key.isBlank() && keys.add(key.strip().replace('\n', ' '))) {
                lines.append(key.strip().replace('\n', ' ')).append('\n');
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        try {
            DurableFiles.append(file, lines.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
