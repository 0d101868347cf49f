package io.newsdesk.elasticsearch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Packs a passage's vector and its sentences' vectors into one base64 string (little-endian float32),
 * about a third the size of the same numbers as JSON and parsed without a JSON array per vector.
 */
final class VectorCodec {

    private VectorCodec() {
    }

    /** The passage vector first, then one per sentence (none when sentence vectors are off). */
    static String encode(float[] passage, float[][] sentences) {
        int dimension = passage.length;
        int count = 1 + (sentences == null ? 0 : sentences.length);
        ByteBuffer buffer = ByteBuffer.allocate(4 + count * dimension * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(sentences == null ? -1 : sentences.length);
        buffer.asFloatBuffer().put(passage);
        buffer.position(4 + dimension * 4);
        if (sentences != null) {
            for (float[] sentence : sentences) {
                buffer.asFloatBuffer().put(sentence);
                buffer.position(buffer.position() + dimension * 4);
            }
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    /** [0] is the passage vector; the rest are its sentences' (null when sentence vectors are off). */
    static Decoded decode(String packed, int dimension) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(packed)).order(ByteOrder.LITTLE_ENDIAN);
        int sentences = buffer.getInt();
        float[] passage = new float[dimension];
        buffer.asFloatBuffer().get(passage);
        buffer.position(4 + dimension * 4);
        float[][] sentenceVectors = null;
        if (sentences >= 0) {
            sentenceVectors = new float[sentences][dimension];
            for (float[] sentence : sentenceVectors) {
                buffer.asFloatBuffer().get(sentence);
                buffer.position(buffer.position() + dimension * 4);
            }
        }
        return new Decoded(passage, sentenceVectors);
    }

    record Decoded(float[] passage, float[][] sentences) {
    }
}
