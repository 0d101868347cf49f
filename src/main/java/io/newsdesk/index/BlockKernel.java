package io.newsdesk.index;

import org.jboss.logging.Logger;

/**
 * Dot products of a float query with a block of int8 vectors stored column-major (dimension {@code d} of
 * row {@code r} at {@code d * stride + r}): the inner loop of exact dense search.
 */
interface BlockKernel {

    /**
     * Writes into {@code sums[0..rows)} the dot product of {@code query} with each of the block's first
     * {@code rows} rows (unscaled int8 components). {@code sums} has room for {@code stride} values.
     */
    void dotAll(float[] query, byte[] block, int stride, int rows, float[] sums);

    /**
     * The SIMD kernel when the JDK's Vector API is present ({@code java --add-modules jdk.incubator.vector},
     * as the README, the image and the tests run the service), else the plain loop, which recent JDKs
     * (20 and later) vectorise by themselves and 17 runs a lane at a time.
     */
    static BlockKernel best() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                return (BlockKernel) Class.forName("io.newsdesk.index.SimdBlockKernel").getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                Logger.getLogger(BlockKernel.class).warnf("Vector API present but unusable (%s); dense search runs the plain loop", e);
            }
        }
        return new ScalarBlockKernel();
    }
}
