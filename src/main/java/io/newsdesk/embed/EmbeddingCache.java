package io.newsdesk.embed;

import io.newsdesk.files.DurableFiles;
import io.newsdesk.text.Hashing;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Vectors on disk, keyed by SHA-256 of model id plus text. The file is binary (about 1.6 KB a
 * 384-dimension vector, against 5.8 KB in JSON), ends with a CRC32, and is replaced atomically. A file
 * that cannot be read is reported and ignored: the vectors are simply computed again.
 */
public final class EmbeddingCache {

    private static final Logger LOG = Logger.getLogger(EmbeddingCache.class);

    static final String FILE_NAME = "vectors.bin";
    private static final int MAGIC = 0x4E44_5643; // "NDVC"
    private static final int VERSION = 1;
    private static final int KEY_BYTES = 32;

    private final Path file;
    private final String modelId;
    private final int dimension;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private volatile boolean dirty;

    public EmbeddingCache(Path folder, String modelId, int dimension) {
        this.file = folder.resolve(FILE_NAME);
        this.modelId = modelId;
        this.dimension = dimension;
    }

    public String key(String text) {
        return HexFormat.of().formatHex(Hashing.sha256(modelId + "\u0000" + text));
    }

    public float[] get(String key) {
        return vectors.get(key);
    }

    public void put(String key, float[] vector) {
        vectors.put(key, vector);
        dirty = true;
    }

    public int size() {
        return vectors.size();
    }

    /** Loads the file if there is one; returns how many vectors were read. */
    public int load() {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < Long.BYTES) {
                throw new IOException("file is truncated");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - Long.BYTES);
            var in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a vectors file of version " + VERSION);
            }
            String fileModel = in.readUTF();
            int fileDimension = in.readInt();
            int count = in.readInt();
            long expectedLength = 4L + 4 + 2 + fileModel.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    + 4 + 4 + (long) count * (KEY_BYTES + 4L * fileDimension) + Long.BYTES;
            if (expectedLength != bytes.length) {
                throw new IOException("length does not match its header");
            }
            var stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong();
            if (stored != crc.getValue()) {
                throw new IOException("checksum mismatch");
            }
            if (fileDimension != dimension) {
                LOG.infof("Embeddings cache %s holds %d-dimension vectors; re-embedding", file, fileDimension);
                return 0;
            }
            byte[] key = new byte[KEY_BYTES];
            for (int i = 0; i < count; i++) {
                in.readFully(key);
                float[] vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    vector[d] = in.readFloat();
                }
                vectors.put(HexFormat.of().formatHex(key), vector);
            }
            return count;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Embeddings cache %s is unreadable (%s); it will be rebuilt", file, e.getMessage());
            vectors.clear();
            dirty = true;
            return 0;
        }
    }

    /**
     * Writes the cache if anything changed, through a temporary file and an atomic rename, so a crash
     * never leaves a half-written cache. Entries not in {@code live} are kept (an import may be indexed
     * again after a restart) unless the cache holds more than {@code maxEntries}; then only live ones stay.
     */
    public void save(Set<String> live, int maxEntries) throws IOException {
        boolean pruned = vectors.size() > maxEntries && vectors.keySet().retainAll(live);
        if (!dirty && !pruned) {
            return;
        }
        var buffer = new ByteArrayOutputStream(64 + vectors.size() * (KEY_BYTES + 4 * dimension));
        var out = new DataOutputStream(buffer);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(modelId);
        out.writeInt(dimension);
        var entries = new java.util.TreeMap<>(vectors);
        out.writeInt(entries.size());
        for (var entry : entries.entrySet()) {
            out.write(HexFormat.of().parseHex(entry.getKey()));
            for (float value : entry.getValue()) {
                out.writeFloat(value);
            }
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        DurableFiles.replace(file, buffer.toByteArray());
        dirty = false;
    }
}
