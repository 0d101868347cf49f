package io.newsdesk.index;

import java.util.Arrays;

/**
 * The plain loop: per dimension, one multiply-add of the query's component over the block's rows. Byte
 * and float arrays cannot alias, so JDK 20 and later vectorise it; JDK 17 does not.
 */
final class ScalarBlockKernel implements BlockKernel {

    @Override
    public void dotAll(float[] query, byte[] block, int stride, int rows, float[] sums) {
        Arrays.fill(sums, 0, rows, 0f);
        for (int d = 0; d < query.length; d++) {
            float component = query[d];
            int base = d * stride;
            for (int r = 0; r < rows; r++) {
                sums[r] += component * block[base + r];
            }
        }
    }

    @Override
    public String toString() {
        return "plain loop";
    }
}
