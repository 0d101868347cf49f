package io.newsdesk.index;

import io.newsdesk.embed.Int8Vectors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact nearest-neighbour search over unit vectors held as int8, one scale per vector, quantised as
 * {@link Int8Vectors} quantises sentence vectors: a quarter of the memory of floats. Vectors sit in blocks of
 * {@link #BLOCK_ROWS} rows, column-major: a block holds dimension 0 of every row, then dimension 1, and
 * so on, so scoring a block is one multiply-add of the query's component over a run of rows per
 * dimension, which the {@link BlockKernel} does several rows at a time. Blocks grow the index without
 * copying it and leave at most one block's rows unused. Not thread-safe; the {@link MemoryCorpusIndex}
 * guards it.
 */
final class VectorIndex {

    /** Below this many rows one core scans faster than handing parts to others. */
    static final int PARALLEL_ROWS = 50_000;
    /** Rows per block: 384 KB of 384-dimension vectors. */
    static final int BLOCK_ROWS = 1024;

    private static final BlockKernel KERNEL = BlockKernel.best();

    private final int dimension;
    private final List<byte[]> blocks = new ArrayList<>();
    private final List<float[]> scales = new ArrayList<>();
    private final BitSet live = new BitSet();
    private int rows;

    VectorIndex(int dimension) {
        this.dimension = dimension;
    }

    /** The kernel scoring blocks in this JVM, for the start-up log and benchmarks. */
    static String kernel() {
        return KERNEL.toString();
    }

    /** Appends a unit vector and returns its row. */
    int add(float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("expected " + dimension + " dimensions, got " + vector.length);
        }
        int row = newRow();
        float scale = Int8Vectors.scaleOf(vector);
        byte[] block = blocks.get(row / BLOCK_ROWS);
        int column = row % BLOCK_ROWS;
        for (int d = 0; d < dimension; d++) {
            block[d * BLOCK_ROWS + column] = Int8Vectors.quantize(vector[d], scale);
        }
        scales.get(row / BLOCK_ROWS)[column] = scale;
        return row;
    }

    /** Appends a live row of another index (compaction), unchanged, and returns its row here. */
    int add(VectorIndex from, int row) {
        int copy = newRow();
        byte[] source = from.blocks.get(row / BLOCK_ROWS);
        byte[] target = blocks.get(copy / BLOCK_ROWS);
        int sourceColumn = row % BLOCK_ROWS;
        int targetColumn = copy % BLOCK_ROWS;
        for (int d = 0; d < dimension; d++) {
            target[d * BLOCK_ROWS + targetColumn] = source[d * BLOCK_ROWS + sourceColumn];
        }
        scales.get(copy / BLOCK_ROWS)[targetColumn] = from.scales.get(row / BLOCK_ROWS)[sourceColumn];
        return copy;
    }

    private int newRow() {
        if (rows % BLOCK_ROWS == 0) {
            blocks.add(new byte[BLOCK_ROWS * dimension]);
            scales.add(new float[BLOCK_ROWS]);
        }
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
            scoreBlocks(query, scores, 0, blockCount);
        } else {
            int parts = Runtime.getRuntime().availableProcessors();
            int step = (blockCount + parts - 1) / parts;
            IntStream.range(0, parts).parallel()
                    .forEach(part -> scoreBlocks(query, scores, part * step, Math.min(blockCount, (part + 1) * step)));
        }
        return scores;
    }

    private void scoreBlocks(float[] query, float[] scores, int fromBlock, int toBlock) {
        float[] sums = new float[BLOCK_ROWS];
        for (int b = fromBlock; b < toBlock; b++) {
            int first = b * BLOCK_ROWS;
            int count = Math.min(rows - first, BLOCK_ROWS);
            KERNEL.dotAll(query, blocks.get(b), BLOCK_ROWS, count, sums);
            float[] blockScales = scales.get(b);
            for (int i = 0; i < count; i++) {
                scores[first + i] = live.get(first + i) ? sums[i] * blockScales[i] : Float.NaN;
            }
        }
    }

    /** Cosine of {@code query} with one row. */
    float score(float[] query, int row) {
        if (!live.get(row)) {
            return Float.NaN;
        }
        byte[] block = blocks.get(row / BLOCK_ROWS);
        int column = row % BLOCK_ROWS;
        float sum = 0;
        for (int d = 0; d < dimension; d++) {
            sum += query[d] * block[d * BLOCK_ROWS + column];
        }
        return sum * scales.get(row / BLOCK_ROWS)[column];
    }

    int rows() {
        return rows;
    }
}
