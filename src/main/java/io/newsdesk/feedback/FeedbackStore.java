package io.newsdesk.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsdesk.files.DurableFiles;
import io.newsdesk.files.JsonLines;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Feedback, appended one JSON line per entry to {@code feedback.jsonl} under the data folder and
 * forced to disk, so it survives restarts; earlier entries are never rewritten. Counted in metrics.
 */
@ApplicationScoped
@Startup // the feedback counters are exported from the start, at zero, not after the first vote
public class FeedbackStore {

    private static final Logger LOG = Logger.getLogger(FeedbackStore.class);

    private final Path file;
    private final ObjectMapper mapper;
    private final Counter helpful;
    private final Counter unhelpful;
    private final List<Feedback> entries = new ArrayList<>();

    public FeedbackStore(FeedbackConfig config, ObjectMapper mapper, MeterRegistry registry) {
        this.file = Path.of(config.path()).resolve("feedback.jsonl");
        this.mapper = mapper;
        this.helpful = Counter.builder("newsdesk.feedback").tag("helpful", "true").register(registry);
        this.unhelpful = Counter.builder("newsdesk.feedback").tag("helpful", "false").register(registry);
        load();
    }

    private void load() {
        try {
            JsonLines.read(file, mapper, Feedback.class, entries::add,
                    line -> LOG.warnf("Skipping unreadable feedback line %d of %s", line, file));
        } catch (IOException e) {
            LOG.warnf("Could not read %s: %s", file, e.getMessage());
        }
    }

    /** Stores a new entry and returns it with its id and time. */
    public synchronized Feedback add(String question, String answer, boolean isHelpful, String comment, String channel,
                                     java.util.Collection<String> desks) {
        Feedback entry = new Feedback(UUID.randomUUID().toString(), Instant.now(), question, answer, isHelpful,
                comment == null || comment.isBlank() ? null : comment.strip(), channel,
                List.copyOf(new java.util.TreeSet<>(desks)));
        try {
            DurableFiles.append(file, (mapper.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store feedback", e);
        }
        entries.add(entry);
        (isHelpful ? helpful : unhelpful).increment();
        return entry;
    }

    /** Up to {@code limit} entries, newest first, starting after the entry {@code after} (or at the newest). */
    public Page page(int limit, String after) {
        return page(limit, after, entry -> true);
    }

    /**
     * Up to {@code limit} of the entries {@code visible} lets through, newest first, starting after the entry
     * {@code after}; {@code total} counts only those it lets through.
     */
    public synchronized Page page(int limit, String after, java.util.function.Predicate<Feedback> visible) {
        int from = entries.size() - 1;
        if (after != null) {
            from = -1;
            for (int i = entries.size() - 1; i >= 0; i--) {
                if (entries.get(i).id().equals(after)) {
                    from = i - 1;
                    break;
                }
            }
        }
        List<Feedback> page = new ArrayList<>(Math.min(limit, Math.max(0, from + 1)));
        int i = from;
        for (; i >= 0 && page.size() < limit; i--) {
            if (visible.test(entries.get(i))) {
                page.add(entries.get(i));
            }
        }
        boolean more = false;
        for (int rest = i; rest >= 0 && !more; rest--) {
            more = visible.test(entries.get(rest));
        }
        String next = more ? page.get(page.size() - 1).id() : null;
        int total = (int) entries.stream().filter(visible).count();
        return new Page(total, page, next);
    }

    /** A page of feedback: the total stored, the entries, and the {@code after} value for the next page (or null). */
    public record Page(int total, List<Feedback> feedback, String next) {
    }
}
