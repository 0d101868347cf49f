package io.newsdesk.index;

import io.newsdesk.embed.Vectors;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Exact nearest-neighbour search over unit vectors stored in one contiguous {@code float[]}: a
 * dot product per row is the cosine, with no boxing and no double arithmetic. Not thread-safe; the
 * {@link MemoryCorpusIndex} guards it.
 */
final class VectorIndex {

    /** Below this many rows one core scans faster than handing parts to others. */
    static final int PARALLEL_ROWS = 50_000;

    private final int dimension;
    private float[] data;
    private final BitSet live = new BitSet();
    private int rows;

    VectorIndex(int dimension) {
        this.dimension = dimension;
        this.data = new float[dimension * 1024];
    }

    /** Appends a unit vector and returns its row. */
    int add(float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("expected " + dimension + " dimensions, got " + vector.length);
        }
        if ((rows + 1) * dimension > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, (rows + 1) * dimension));
        }
        System.arraycopy(vector, 0, data, rows * dimension, dimension);
        live.set(rows);
        return rows++;
    }

    /** Appends a live row of another index (compaction) and returns its row here. */
    int add(VectorIndex from, int row) {
        if ((rows + 1) * dimension > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, (rows + 1) * dimension));
        }
        System.arraycopy(from.data, row * dimension, data, rows * dimension, dimension);
        live.set(rows);
        return rows++;
    }

    void remove(int row) {
        live.clear(row);
    }

    /**
     * Cosine of {@code query} with every live row; dead rows get {@code NaN}. Past {@link #PARALLEL_ROWS}
     * rows the scan is split across the cores, so one question over a large corpus is not bound to one.
     */
    float[] scoreAll(float[] query) {
        float[] scores = new float[rows];
        if (rows < PARALLEL_ROWS) {
            scoreRange(query, scores, 0, rows);
        } else {
            int parts = Runtime.getRuntime().availableProcessors();
            int step = (rows + parts - 1) / parts;
            java.util.stream.IntStream.range(0, parts).parallel()
                    .forEach(part -> scoreRange(query, scores, part * step, Math.min(rows, (part + 1) * step)));
        }
        return scores;
    }

    private void scoreRange(float[] query, float[] scores, int from, int to) {
        for (int row = from; row < to; row++) {
            scores[row] = live.get(row) ? Vectors.dot(query, data, row * dimension) : Float.NaN;
        }
    }

    /** Cosine of {@code query} with one row. */
    float score(float[] query, int row) {
        return live.get(row) ? Vectors.dot(query, data, row * dimension) : Float.NaN;
    }

    int rows() {
        return rows;
    }
}
