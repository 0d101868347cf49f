package io.newsdesk.files;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** A file of one JSON value per line, read back in order: the durable logs' replay. */
public final class JsonLines {

    private JsonLines() {
    }

    /**
     * Reads every line of {@code file} (none when it does not exist) as a {@code type}, in order. A line that cannot
     * be read as one (a record torn by a crash, a hand edit) is passed to {@code unreadable} by its number, and the
     * lines after it are still read.
     */
    public static <T> void read(Path file, ObjectMapper mapper, Class<T> type, Consumer<T> each, IntConsumer unreadable)
            throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        int line = 0;
        for (String json : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (json.isBlank()) {
                continue;
            }
            T value;
            try {
                value = mapper.readValue(json, type);
            } catch (IOException | RuntimeException e) {
                unreadable.accept(line);
                continue;
            }
            each.accept(value);
        }
    }
}
