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

    /** Cosine of {@code query} with every live row; dead rows get {@code NaN}. */
    float[] scoreAll(float[] query) {
        float[] scores = new float[rows];
        for (int row = 0; row < rows; row++) {
            scores[row] = live.get(row) ? Vectors.dot(query, data, row * dimension) : Float.NaN;
        }
        return scores;
    }

    /** Cosine of {@code query} with one row. */
    float score(float[] query, int row) {
        return live.get(row) ? Vectors.dot(query, data, row * dimension) : Float.NaN;
    }

    int rows() {
        return rows;
    }
}
