package io.newsdesk.slack;

import io.newsdesk.answer.Turn;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The turns the bot answered in each thread, so a follow-up in the thread has its context without
 * reading the channel history (no history scope needed). Bounded: old threads are forgotten.
 */
@ApplicationScoped
public class ThreadMemory {

    private static final int MAX_THREADS = 5000;
    private static final int MAX_TURNS = 10;

    private final Map<String, List<Turn>> threads = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Turn>> eldest) {
            return size() > MAX_THREADS;
        }
    };

    public synchronized List<Turn> history(String channel, String threadTs) {
        return List.copyOf(threads.getOrDefault(channel + "/" + threadTs, List.of()));
    }

    public synchronized boolean knows(String channel, String threadTs) {
        return threads.containsKey(channel + "/" + threadTs);
    }

    public synchronized void remember(String channel, String threadTs, Turn turn) {
        List<Turn> turns = threads.computeIfAbsent(channel + "/" + threadTs, key -> new ArrayList<>());
        turns.add(turn);
        if (turns.size() > MAX_TURNS) {
            turns.remove(0);
        }
    }
}
