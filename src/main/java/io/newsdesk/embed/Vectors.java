package io.newsdesk.embed;

/** Small vector maths on {@code float[]}, written so the JIT can unroll and vectorise it. */
public final class Vectors {

    private Vectors() {
    }

    public static float[] normalize(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float[] unit = vector.clone();
        if (sum > 0) {
            float scale = (float) (1.0 / Math.sqrt(sum));
            for (int i = 0; i < unit.length; i++) {
                unit[i] *= scale;
            }
        }
        return unit;
    }

    public static float dot(float[] a, float[] b) {
        return dot(a, b, 0);
    }

    /** Dot product of {@code query} with the vector stored at {@code offset} in {@code data}. */
    public static float dot(float[] query, float[] data, int offset) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = query.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += query[i] * data[offset + i];
            s1 += query[i + 1] * data[offset + i + 1];
            s2 += query[i + 2] * data[offset + i + 2];
            s3 += query[i + 3] * data[offset + i + 3];
        }
        for (; i < n; i++) {
            s0 += query[i] * data[offset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
