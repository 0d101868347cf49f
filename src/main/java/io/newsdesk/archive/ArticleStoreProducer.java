package io.newsdesk.archive;

import io.newsdesk.embed.Embedder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.nio.file.Path;

/** The article store: an append-only log under the data folder. */
public class ArticleStoreProducer {

    @Produces
    @ApplicationScoped
    ArticleStore logStore(ArchiveConfig config, Embedder embedder) {
        return new LogArticleStore(Path.of(config.path()), embedder.dimension());
    }
}
