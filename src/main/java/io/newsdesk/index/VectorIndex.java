package io.newsdesk.index;

import io.newsdesk.embed.Vectors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Exact nearest-neighbour search over unit vectors stored in blocks of {@link #BLOCK_ROWS} rows, each one
 * contiguous {@code float[]}: a dot product per row is the cosine, with no boxing and no double arithmetic.
 * Blocks grow the index without copying it and leave at most one block's rows unused. Not thread-safe; the
 * {@link MemoryCorpusIndex} guards it.
 */
final class VectorIndex {

    /** Below this many rows one core scans faster than handing parts to others. */
    static final int PARALLEL_ROWS = 50_000;
    /** Rows per block: 1.5 MB of 384-dimension vectors. */
    static final int BLOCK_ROWS = 1024;

    private final int dimension;
    private final List<float[]> blocks = new ArrayList<>();
    private final BitSet live = new BitSet();
    private int rows;

    VectorIndex(int dimension) {
        this.dimension = dimension;
    }

    /** Appends a unit vector and returns its row. */
    int add(float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("expected " + dimension + " dimensions, got " + vector.length);
        }
        return append(vector, 0);
    }

    /** Appends a live row of another index (compaction) and returns its row here. */
    int add(VectorIndex from, int row) {
        return append(from.blocks.get(row / BLOCK_ROWS), (row % BLOCK_ROWS) * dimension);
    }

    private int append(float[] source, int offset) {
        if (rows % BLOCK_ROWS == 0) {
            blocks.add(new float[BLOCK_ROWS * dimension]);
        }
        System.arraycopy(source, offset, blocks.get(rows / BLOCK_ROWS), (rows % BLOCK_ROWS) * dimension, dimension);
        live.set(rows);
        return rows++;
    }

    void remove(int row) {
        live.clear(row);
    }

    /**
     * Cosine of {@code query} with every live row; dead rows get {@code NaN}. Past {@link #PARALLEL_ROWS}
     * rows the blocks are split across the cores, so one question over a large corpus is not bound to one.
     */
    float[] scoreAll(float[] query) {
        float[] scores = new float[rows];
        int blockCount = blocks.size();
        if (rows < PARALLEL_ROWS) {
            for (int b = 0; b < blockCount; b++) {
                scoreBlock(query, scores, b);
            }
        } else {
            int parts = Runtime.getRuntime().availableProcessors();
            int step = (blockCount + parts - 1) / parts;
            java.util.stream.IntStream.range(0, parts).parallel().forEach(part -> {
                for (int b = part * step; b < Math.min(blockCount, (part + 1) * step); b++) {
                    scoreBlock(query, scores, b);
                }
            });
        }
        return scores;
    }

    private void scoreBlock(float[] query, float[] scores, int block) {
        float[] data = blocks.get(block);
        int first = block * BLOCK_ROWS;
        int last = Math.min(rows, first + BLOCK_ROWS);
        for (int row = first; row < last; row++) {
            scores[row] = live.get(row) ? Vectors.dot(query, data, (row - first) * dimension) : Float.NaN;
        }
    }

    /** Cosine of {@code query} with one row. */
    float score(float[] query, int row) {
        return live.get(row) ? Vectors.dot(query, blocks.get(row / BLOCK_ROWS), (row % BLOCK_ROWS) * dimension) : Float.NaN;
    }

    int rows() {
        return rows;
    }
}
