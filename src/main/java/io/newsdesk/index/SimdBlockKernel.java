package io.newsdesk.index;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

import java.util.Arrays;

/**
 * The kernel on the JDK's Vector API: as many rows per instruction as the CPU's preferred float vector
 * holds (8 with AVX2), their int8 components widened to floats in registers. Loaded by name only when
 * the {@code jdk.incubator.vector} module is present, so the service runs without it.
 */
final class SimdBlockKernel implements BlockKernel {

    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Byte> BYTES =
            VectorSpecies.of(byte.class, VectorShape.forBitSize(FLOATS.length() * Byte.SIZE));

    @Override
    public void dotAll(float[] query, byte[] block, int stride, int rows, float[] sums) {
        int lanes = FLOATS.length();
        // Whole vectors up to the first multiple of the lane count at or past rows (a block's unused rows are
        // zeros), within the block; the plain loop finishes any rows left.
        int vectorEnd = Math.min(FLOATS.loopBound(stride), (rows + lanes - 1) / lanes * lanes);
        Arrays.fill(sums, 0, Math.max(rows, vectorEnd), 0f);
        for (int d = 0; d < query.length; d++) {
            FloatVector component = FloatVector.broadcast(FLOATS, query[d]);
            int base = d * stride;
            int r = 0;
            for (; r < vectorEnd; r += lanes) {
                FloatVector values = (FloatVector) ByteVector.fromArray(BYTES, block, base + r)
                        .convertShape(VectorOperators.B2F, FLOATS, 0);
                FloatVector.fromArray(FLOATS, sums, r).add(values.mul(component)).intoArray(sums, r);
            }
            for (; r < rows; r++) {
                sums[r] += query[d] * block[base + r];
            }
        }
    }

    @Override
    public String toString() {
        return "Vector API, " + FLOATS.length() + " floats a step";
    }
}
