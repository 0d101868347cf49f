package io.newsdesk.slack;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Recent answers posted to Slack, so a 👍/👎 click (which carries only an id) can be recorded in full. */
@ApplicationScoped
public class AnswerLog {

    private static final int CAPACITY = 10_000;

    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized String add(String question, String answer) {
        String id = UUID.randomUUID().toString();
        entries.put(id, new Entry(question, answer));
        return id;
    }

    public synchronized Optional<Entry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** A question and the answer given to it. */
    public record Entry(String question, String answer) {
    }
}
