package io.newsdesk.feeds;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsdesk.archive.Archive;
import io.newsdesk.archive.ArchiveConfig;
import io.newsdesk.archive.Origin;
import io.newsdesk.concurrent.DaemonThreads;
import io.newsdesk.documents.DocumentArticles;
import io.newsdesk.documents.PublishedDates;
import io.newsdesk.domain.Article;
import io.newsdesk.index.CorpusReady;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads each configured feed on its interval once the corpus is loaded, and indexes the items it has not
 * seen (by GUID or link, remembered across restarts) as web pages. A read that fails is retried with a
 * growing delay, never longer than the feed's interval; its error shows in {@code GET /api/feeds}. An item
 * whose page fails is passed over, tried again next read and given up after {@code item-attempts} reads.
 */
@ApplicationScoped
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);

    private final FeedsConfig config;
    private final FeedReader reader;
    private final DocumentArticles documents;
    private final Archive archive;
    private final Path folder;
    private final MeterRegistry registry;
    private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();
    private final Map<String, SeenItems> seen = new ConcurrentHashMap<>();
    /** Per feed: links of items whose page failed, and the failed reads in a row of each. */
    private final Map<String, Map<String, Integer>> failingItems = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("newsdesk-feeds"));

    public FeedPoller(FeedsConfig config, FeedReader reader, DocumentArticles documents, Archive archive,
                      ArchiveConfig data, MeterRegistry registry) {
        this.config = config;
        this.reader = reader;
        this.documents = documents;
        this.archive = archive;
        this.folder = Path.of(data.path()).resolve("feeds");
        this.registry = registry;
        config.feeds().forEach((name, feed) -> {
            SeenItems items = new SeenItems(folder.resolve(safe(name) + ".seen"));
            seen.put(name, items);
            statuses.put(name, FeedStatus.initial(name, feed, items.size()));
        });
    }

    void onReady(@ObservesAsync CorpusReady ready) {
        config.feeds().keySet().forEach(name -> scheduler.schedule(() -> poll(name), 0, TimeUnit.SECONDS));
    }

    /** The feeds and how their last reads went. */
    public List<FeedStatus> statuses() {
        return statuses.values().stream().sorted(java.util.Comparator.comparing(FeedStatus::name)).toList();
    }

    void poll(String name) {
        FeedsConfig.Feed feed = config.feeds().get(name);
        SeenItems known = seen.get(name);
        Map<String, Integer> failing = failingItems.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
        ReadTally tally = new ReadTally();
        try {
            List<FeedReader.FeedItem> items = reader.read(feed.url());
            failing.keySet().retainAll(items.stream().map(FeedReader.FeedItem::link).toList()); // gone from the feed
            for (FeedReader.FeedItem item : items) {
                if (tally.taken() >= feed.maxItems()) {
                    break;
                }
                if (known.contains(item.guid()) || known.contains(item.link()) || item.link() == null) {
                    continue;
                }
                Article article;
                try {
                    article = documents.fromPage(new DocumentArticles.Placement(item.title(), item.link(),
                            PublishedDates.of(item.publishedAt()), null, Article.checkedDesk(feed.desk())));
                } catch (RuntimeException e) {
                    itemFailed(name, feed, item, e, failing, known, tally);
                    continue;
                }
                archive.add(article, Origin.FEED, "feed:" + name);
                failing.remove(item.link());
                known.add(item.guid(), item.link());
                tally.indexed++;
                count(name, "items");
            }
            count(name, "fetches");
            Read read = tally.read(failing.size());
            statuses.computeIfPresent(name, (n, s) -> s.succeeded(read, known.size(), feed.interval()));
            schedule(name, feed.interval());
        } catch (RuntimeException e) {
            count(name, "errors");
            int failures = statuses.get(name).failures() + 1;
            Duration next = Duration.ofMillis(Math.min(FIRST_RETRY.toMillis() << Math.min(failures - 1, 20),
                    feed.interval().toMillis()));
            Read read = tally.read(failing.size());
            statuses.computeIfPresent(name, (n, s) -> s.failed(e.getMessage(), read, known.size(), next));
            LOG.warnf("Feed %s: read failed (%d in a row), retrying in %d s: %s", name, failures, next.toSeconds(), e.getMessage());
            schedule(name, next);
        }
    }

    /**
     * An item whose page could not be made an article (not found, no story text, refused address) is passed over
     * so the items after it still come in. It is tried again on the next read, and given up for good (marked seen)
     * after {@code item-attempts} failed reads in a row.
     */
    private void itemFailed(String name, FeedsConfig.Feed feed, FeedReader.FeedItem item, RuntimeException e,
                            Map<String, Integer> failing, SeenItems known, ReadTally tally) {
        count(name, "item.errors");
        tally.failed++;
        String why = String.valueOf(e.getMessage());
        tally.lastItemError = why.contains(item.link()) ? why : item.link() + ": " + why;
        int attempts = failing.merge(item.link(), 1, Integer::sum);
        if (attempts >= feed.itemAttempts()) {
            failing.remove(item.link());
            known.add(item.guid(), item.link());
            tally.givenUp++;
            LOG.warnf("Feed %s: gave up an item after %d failed reads: %s", name, attempts, tally.lastItemError);
        } else {
            LOG.infof("Feed %s: an item failed (%d of %d reads), trying it again next read: %s", name, attempts,
                    feed.itemAttempts(), tally.lastItemError);
        }
    }

    /** What one read of a feed did: items indexed, the last item that failed and why, items still failing and given up. */
    record Read(int indexed, String lastItemError, int itemsFailing, int itemsGivenUp) {
    }

    private static final class ReadTally {
        int indexed;
        int failed;
        int givenUp;
        String lastItemError;

        int taken() {
            return indexed + failed;
        }

        Read read(int failing) {
            return new Read(indexed, lastItemError, failing, givenUp);
        }
    }

    private void schedule(String name, Duration delay) {
        if (!scheduler.isShutdown()) {
            scheduler.schedule(() -> poll(name), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void count(String feed, String what) {
        Counter.builder("newsdesk.feed." + what).tag("feed", feed).register(registry).increment();
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    void onStop(@Observes ShutdownEvent event) {
        scheduler.shutdownNow();
    }
}
