package io.newsdesk.index;

import io.newsdesk.embed.Vectors;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VectorIndexTest {

    private static final int DIMENSION = 384;

    @Test
    void scoresAreTheFloatCosinesWithinInt8Rounding() {
        Random random = new Random(7);
        // Two full blocks and a partial third, so the kernels' tails and spare rows are crossed.
        float[][] vectors = IntStream.range(0, 2 * VectorIndex.BLOCK_ROWS + 37).mapToObj(i -> unit(random)).toArray(float[][]::new);
        VectorIndex index = new VectorIndex(DIMENSION);
        for (float[] vector : vectors) {
            index.add(vector);
        }
        float[] query = unit(random);
        float[] scores = index.scoreAll(query);

        assertThat(scores).hasSize(vectors.length);
        for (int row = 0; row < vectors.length; row++) {
            float exact = Vectors.dot(query, vectors[row]);
            assertThat(scores[row]).as("row %d", row).isCloseTo(exact, within(0.01f));
            assertThat(index.score(query, row)).isCloseTo(scores[row], within(1e-5f));
        }
    }

    @Test
    void theNearestTenAreTheExactNearestTen() {
        Random random = new Random(11);
        float[] query = unit(random);
        // Rows at graded, well separated similarity to the query, among noise: the order must survive int8.
        VectorIndex index = new VectorIndex(DIMENSION);
        for (int i = 0; i < 3000; i++) {
            index.add(i % 300 == 0 ? mix(query, unit(random), 0.9f - i / 300 * 0.05f) : unit(random));
        }
        float[] scores = index.scoreAll(query);
        List<Integer> top = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer row) -> scores[row]).reversed()).limit(10).toList();

        assertThat(top).containsExactly(0, 300, 600, 900, 1200, 1500, 1800, 2100, 2400, 2700);
    }

    @Test
    void removedRowsScoreNaNAndCompactionCopiesRowsUnchanged() {
        Random random = new Random(3);
        VectorIndex index = new VectorIndex(DIMENSION);
        for (int i = 0; i < 1500; i++) {
            index.add(unit(random));
        }
        index.remove(4);
        float[] query = unit(random);
        float[] before = index.scoreAll(query);
        assertThat(before[4]).isNaN();
        assertThat(index.score(query, 4)).isNaN();

        VectorIndex compacted = new VectorIndex(DIMENSION);
        int copied = compacted.add(index, 1400);
        assertThat(compacted.score(query, copied)).isEqualTo(before[1400]);
    }

    @Test
    void bothKernelsAgree() {
        Random random = new Random(5);
        byte[] block = new byte[VectorIndex.BLOCK_ROWS * DIMENSION];
        random.nextBytes(block);
        float[] query = unit(random);
        BlockKernel best = BlockKernel.best();
        for (int rows : new int[] {1, 7, 8, 9, 100, VectorIndex.BLOCK_ROWS}) {
            float[] plain = new float[VectorIndex.BLOCK_ROWS];
            float[] chosen = new float[VectorIndex.BLOCK_ROWS];
            new ScalarBlockKernel().dotAll(query, block, VectorIndex.BLOCK_ROWS, rows, plain);
            best.dotAll(query, block, VectorIndex.BLOCK_ROWS, rows, chosen);
            for (int r = 0; r < rows; r++) {
                assertThat(chosen[r]).as("%s, %d rows, row %d", best, rows, r).isCloseTo(plain[r], within(1e-3f));
            }
        }
    }

    @Test
    void testsRunOnTheVectorApiAsTheServiceDoes() {
        // The surefire JVM gets --add-modules jdk.incubator.vector, like the README's run command.
        assertThat(VectorIndex.kernel()).startsWith("Vector API");
    }

    private static float[] mix(float[] a, float[] b, float weight) {
        float[] mixed = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            mixed[i] = weight * a[i] + (1 - weight) * b[i];
        }
        return Vectors.normalize(mixed);
    }

    private static float[] unit(Random random) {
        float[] vector = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return Vectors.normalize(vector);
    }
}
