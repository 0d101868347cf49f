package io.newsdesk.embed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddingCacheTest {

    @TempDir
    Path folder;

    @Test
    void should_round_trip_vectors_in_a_compact_binary_file() throws IOException {
        EmbeddingCache cache = new EmbeddingCache(folder, "model-a", 384);
        String key = cache.key("some text");
        cache.put(key, new float[384]);
        cache.put(cache.key("other"), new float[384]);
        cache.save(Set.of(key, cache.key("other")), 100);

        EmbeddingCache reloaded = new EmbeddingCache(folder, "model-a", 384);
        assertThat(reloaded.load()).isEqualTo(2);
        assertThat(reloaded.get(key)).hasSize(384);
        long bytesPerVector = Files.size(folder.resolve(EmbeddingCache.FILE_NAME)) / 2;
        assertThat(bytesPerVector).as("far below JSON's ~5.8 KB").isLessThan(1700);
    }

    @Test
    void should_key_by_model_so_another_model_misses() {
        EmbeddingCache a = new EmbeddingCache(folder, "model-a", 384);
        EmbeddingCache b = new EmbeddingCache(folder, "model-b", 384);

        assertThat(a.key("same text")).isNotEqualTo(b.key("same text"));
    }

    @Test
    void should_keep_unused_entries_until_the_cache_is_full() throws IOException {
        EmbeddingCache cache = new EmbeddingCache(folder, "m", 4);
        cache.put(cache.key("keep"), new float[4]);
        cache.put(cache.key("imported earlier"), new float[4]);
        cache.save(Set.of(cache.key("keep")), 10);
        assertThat(new EmbeddingCache(folder, "m", 4).load()).isEqualTo(2);

        cache.save(Set.of(cache.key("keep")), 1);
        EmbeddingCache reloaded = new EmbeddingCache(folder, "m", 4);
        assertThat(reloaded.load()).isEqualTo(1);
        assertThat(reloaded.get(cache.key("imported earlier"))).isNull();
    }

    @Test
    void should_ignore_a_corrupt_file_and_rebuild_it() throws IOException {
        EmbeddingCache cache = new EmbeddingCache(folder, "m", 4);
        cache.put(cache.key("a"), new float[] {1, 2, 3, 4});
        cache.save(Set.of(cache.key("a")), 100);
        Path file = folder.resolve(EmbeddingCache.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);

        EmbeddingCache corrupt = new EmbeddingCache(folder, "m", 4);
        assertThat(corrupt.load()).isZero();
        corrupt.put(corrupt.key("a"), new float[] {1, 2, 3, 4});
        corrupt.save(Set.of(corrupt.key("a")), 100);

        assertThat(new EmbeddingCache(folder, "m", 4).load()).isEqualTo(1);
    }

    @Test
    void should_survive_garbage_and_truncation() throws IOException {
        Files.writeString(folder.resolve(EmbeddingCache.FILE_NAME), "{\"not\": \"a cache\"}");
        assertThat(new EmbeddingCache(folder, "m", 4).load()).isZero();

        Files.write(folder.resolve(EmbeddingCache.FILE_NAME), new byte[3]);
        assertThat(new EmbeddingCache(folder, "m", 4).load()).isZero();
    }
}
