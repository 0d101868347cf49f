package io.newsdesk.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    /** Bumped when a feed is added or removed, so reads scheduled for an earlier one of the name stop. */
    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    private final AddedFeeds added;
    private volatile boolean ready;
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
                      ArchiveConfig data, MeterRegistry registry, ObjectMapper mapper) {
        this.reader = reader;
        this.documents = documents;
        this.archive = archive;
        this.folder = Path.of(data.path()).resolve("feeds");
        this.registry = registry;
        this.added = new AddedFeeds(folder.resolve("added.json"), mapper);
        config.feeds().forEach((name, feed) -> track(Subscription.of(name, feed)));
        added.load().forEach(feed -> {
            if (!subscriptions.containsKey(feed.name())) {
                track(feed);
            }
        });
    }

    private void track(Subscription feed) {
        SeenItems items = seen.computeIfAbsent(feed.name(), n -> new SeenItems(folder.resolve(safe(n) + ".seen")));
        subscriptions.put(feed.name(), feed);
        generations.merge(feed.name(), 1L, Long::sum);
        statuses.put(feed.name(), FeedStatus.initial(feed, items.size()));
    }

    void onReady(@ObservesAsync CorpusReady ready) {
        this.ready = true;
        subscriptions.keySet().forEach(name -> schedule(name, Duration.ZERO));
    }

    /**
     * Subscribes to a feed at run time; it is kept in the data folder, so it is read again after a restart, and read
     * now if the archive is ready.
     *
     * @throws IllegalStateException when a feed of that name exists
     */
    public synchronized Subscription add(Subscription feed) {
        if (subscriptions.containsKey(feed.name())) {
            throw new IllegalStateException("a feed named \"" + feed.name() + "\" exists");
        }
        List<Subscription> kept = new java.util.ArrayList<>(added.load());
        kept.add(feed);
        added.save(kept);
        track(feed);
        if (ready) {
            schedule(feed.name(), Duration.ZERO);
        }
        return feed;
    }

    /** Ends a feed added at run time: it is no longer read (items it brought stay). Empty when there is none. */
    public synchronized java.util.Optional<Subscription> remove(String name) {
        Subscription feed = subscriptions.get(name);
        if (feed == null) {
            return java.util.Optional.empty();
        }
        if (feed.configured()) {
            throw new UnsupportedOperationException("the feed \"" + name + "\" is configured (newsdesk.feeds.\"" + name
                    + "\".url); remove it from the configuration instead");
        }
        added.save(added.load().stream().filter(f -> !f.name().equals(name)).toList());
        subscriptions.remove(name);
        statuses.remove(name);
        SeenItems items = seen.remove(name);
        if (items != null) {
            items.forget(); // a feed added again under this name starts afresh (its items keep their article ids)
        }
        generations.merge(name, 1L, Long::sum); // a read already scheduled finds it gone
        return java.util.Optional.of(feed);
    }

    public java.util.Optional<Subscription> subscription(String name) {
        return java.util.Optional.ofNullable(subscriptions.get(name));
    }

    /** The feeds and how their last reads went. */
    public List<FeedStatus> statuses() {
        return statuses.values().stream().sorted(java.util.Comparator.comparing(FeedStatus::name)).toList();
    }

    void poll(String name) {
        poll(name, generations.getOrDefault(name, 0L));
    }

    private void poll(String name, long generation) {
        Subscription feed = subscriptions.get(name);
        if (feed == null || generations.getOrDefault(name, 0L) != generation) {
            return; // removed, or removed and added again: that one's own reads go on
        }
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
            schedule(name, feed.interval(), generation);
        } catch (RuntimeException e) {
            count(name, "errors");
            int failures = statuses.get(name).failures() + 1;
            Duration next = Duration.ofMillis(Math.min(FIRST_RETRY.toMillis() << Math.min(failures - 1, 20),
                    feed.interval().toMillis()));
            Read read = tally.read(failing.size());
            statuses.computeIfPresent(name, (n, s) -> s.failed(e.getMessage(), read, known.size(), next));
            LOG.warnf("Feed %s: read failed (%d in a row), retrying in %d s: %s", name, failures, next.toSeconds(), e.getMessage());
            schedule(name, next, generation);
        }
    }

    /**
     * An item whose page could not be made an article (not found, no story text, refused address) is passed over
     * so the items after it still come in. It is tried again on the next read, and given up for good (marked seen)
     * after {@code item-attempts} failed reads in a row.
     */
    private void itemFailed(String name, Subscription feed, FeedReader.FeedItem item, RuntimeException e,
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
        schedule(name, delay, generations.getOrDefault(name, 0L));
    }

    private void schedule(String name, Duration delay, long generation) {
        if (!scheduler.isShutdown()) {
            scheduler.schedule(() -> poll(name, generation), delay.toMillis(), TimeUnit.MILLISECONDS);
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
