package io.newsdesk.archive;

import io.newsdesk.concurrent.DaemonThreads;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.domain.Article;
import io.newsdesk.ingest.CorpusConfig;
import io.newsdesk.index.CorpusReady;
import io.newsdesk.ingest.IngestionService;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Indexes files dropped into (or changed in, or removed from) the corpus folder while the service runs.
 * Changes are stored in the archive, so they survive a restart like any other addition; a burst of events
 * for one file (an editor saving it) is handled once, after it settles.
 */
@ApplicationScoped
public class FolderWatcher {

    private static final Logger LOG = Logger.getLogger(FolderWatcher.class);
    private static final long SETTLE_MILLIS = 300;

    private final CorpusConfig config;
    private final IngestionService ingestion;
    private final CorpusIndex index;
    private final Archive archive;
    private final Map<Path, Long> pending = new ConcurrentHashMap<>();
    private volatile WatchService watcher;

    public FolderWatcher(CorpusConfig config, IngestionService ingestion, CorpusIndex index, Archive archive) {
        this.config = config;
        this.ingestion = ingestion;
        this.index = index;
        this.archive = archive;
    }

    void onReady(@ObservesAsync CorpusReady ready) {
        Path folder = Path.of(config.path());
        if (!config.watch() || !Files.isDirectory(folder)) {
            return;
        }
        try {
            watcher = folder.getFileSystem().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            DaemonThreads.start("newsdesk-watch", () -> watch(folder));
            LOG.infof("Watching %s for new and changed articles", folder.toAbsolutePath());
        } catch (IOException e) {
            LOG.warnf("Cannot watch %s: %s", folder, e.getMessage());
        }
    }

    private void watch(Path folder) {
        try {
            while (true) {
                WatchKey key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name) {
                            pending.put(folder.resolve(name), System.currentTimeMillis());
                        }
                    }
                    key.reset();
                }
                long settled = System.currentTimeMillis() - SETTLE_MILLIS;
                for (var entry : Map.copyOf(pending).entrySet()) {
                    if (entry.getValue() <= settled && pending.remove(entry.getKey(), entry.getValue())) {
                        sync(entry.getKey());
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // shutting down
        }
    }

    /** Brings the archive in line with one file of the folder: its articles added or replaced, vanished ones removed. */
    void sync(Path file) {
        String name = file.getFileName().toString();
        try {
            List<Article> articles = Files.exists(file) && IngestionService.isCorpusFile(file)
                    ? ingestion.readCorpusFile(file) : List.of();
            Set<String> current = new HashSet<>();
            List<Article> changed = articles.stream().filter(a -> current.add(a.id()))
                    .filter(a -> index.article(a.id()).map(old -> !old.text().equals(a.text())
                            || !old.title().equals(a.title())).orElse(true))
                    .toList();
            if (!changed.isEmpty()) {
                archive.add(changed, Origin.FOLDER);
            }
            int removed = 0;
            for (String old : index.articlesFrom(name)) {
                if (!current.contains(old) && archive.delete(old)) {
                    removed++;
                }
            }
            if (!changed.isEmpty() || removed > 0) {
                LOG.infof("Corpus folder: %s gave %d new or changed articles, %d removed", name, changed.size(), removed);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not index %s from the corpus folder: %s", name, e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
