package io.newsdesk.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Recent answers posted to Slack, so a 👍/👎 click (which carries only an id) can be recorded in full.
 * Bounded: the last 10,000 answers of the last week; an older click is "too old to rate".
 */
@ApplicationScoped
public class AnswerLog {

    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofDays(7)).build();

    public String add(String question, String answer, java.util.Set<String> desks) {
        String id = UUID.randomUUID().toString();
        entries.put(id, new Entry(question, answer, desks));
        return id;
    }

    public Optional<Entry> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entries.getIfPresent(id));
    }

    /** A question, the answer given to it, and the desks whose articles the channel read. */
    public record Entry(String question, String answer, java.util.Set<String> desks) {
    }
}
