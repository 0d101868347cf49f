package io.newsdesk.support;

import io.newsdesk.embed.EmbeddingConfig;
import io.newsdesk.index.IndexConfig;
import io.newsdesk.ingest.CorpusConfig;

import java.nio.file.Path;
import java.util.Optional;

/** Typed configuration for components built by hand in unit tests. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static EmbeddingConfig embeddings(Path folder) {
        return new EmbeddingConfig() {
            @Override
            public String path() {
                return folder.toString();
            }

            @Override
            public Execution execution() {
                return Execution.BATCHED;
            }

            @Override
            public int maxEntries() {
                return 200_000;
            }

            @Override
            public Optional<String> queryPrefix() {
                return Optional.empty();
            }
        };
    }

    public static IndexConfig index() {
        return new IndexConfig() {
            @Override
            public float titleBoost() {
                return 2f;
            }

            @Override
            public float articleWeight() {
                return 1f;
            }

            @Override
            public SentenceVectors sentenceVectors() {
                return SentenceVectors.LAZY;
            }

            @Override
            public int sentenceVectorCache() {
                return 1000;
            }
        };
    }

    public static CorpusConfig corpus(Path folder) {
        return new CorpusConfig() {
            @Override
            public String path() {
                return folder.toString();
            }

            @Override
            public Optional<String> importFile() {
                return Optional.empty();
            }

            @Override
            public int batchSize() {
                return 2048;
            }

            @Override
            public long maxFileBytes() {
                return 64L << 20;
            }

            @Override
            public String desk() {
                return "general";
            }

            @Override
            public boolean watch() {
                return false;
            }
        };
    }
}
