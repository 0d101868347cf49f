package io.newsdesk.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.Turn;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The turns the bot answered in each thread, so a follow-up in the thread has its context without
 * reading the channel history (no history scope needed). Bounded: at most 5,000 threads, each forgotten
 * a day after its last turn, each keeping its last {@link Question#MAX_HISTORY} turns.
 */
@ApplicationScoped
public class ThreadMemory {

    private final Cache<String, List<Turn>> threads = Caffeine.newBuilder()
            .maximumSize(5_000).expireAfterWrite(Duration.ofDays(1)).build();

    public List<Turn> history(String channel, String threadTs) {
        List<Turn> turns = threads.getIfPresent(key(channel, threadTs));
        return turns == null ? List.of() : turns;
    }

    public boolean knows(String channel, String threadTs) {
        return threads.getIfPresent(key(channel, threadTs)) != null;
    }

    public void remember(String channel, String threadTs, Turn turn) {
        threads.asMap().compute(key(channel, threadTs), (key, turns) -> {
            List<Turn> next = new ArrayList<>(turns == null ? List.of() : turns);
            next.add(turn);
            return List.copyOf(next.subList(Math.max(0, next.size() - Question.MAX_HISTORY), next.size()));
        });
    }

    private static String key(String channel, String threadTs) {
        return channel + "/" + threadTs;
    }
}
