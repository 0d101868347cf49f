package io.newsdesk.index;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/** A passage slot and a retriever's score for it. */
public record Hit(int slot, float score) {

    /** The {@code n} best slots of a score array, best first; {@code NaN} marks removed slots. */
    public static List<Hit> top(float[] scores, int n) {
        PriorityQueue<Hit> heap = new PriorityQueue<>(n + 1, (a, b) -> Float.compare(a.score(), b.score()));
        for (int slot = 0; slot < scores.length; slot++) {
            float score = scores[slot];
            if (Float.isNaN(score)) {
                continue;
            }
            if (heap.size() < n) {
                heap.add(new Hit(slot, score));
            } else if (score > heap.peek().score()) {
                heap.poll();
                heap.add(new Hit(slot, score));
            }
        }
        List<Hit> hits = new ArrayList<>(heap);
        hits.sort((a, b) -> Float.compare(b.score(), a.score()));
        return hits;
    }
}
