package io.newsdesk.imports;

import io.newsdesk.audit.Audit;
import io.newsdesk.security.Access;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsdesk.ingest.CorpusConfig;
import io.newsdesk.index.CorpusReady;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The import queue: accepts bodies (spooled to disk), runs one job at a time in the background once the
 * corpus is loaded, resumes the jobs a shutdown or a crash interrupted, and cancels on request.
 */
@ApplicationScoped
@Startup
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);
    private static final long SHUTDOWN_WAIT_MILLIS = 8_000;

    private final ImportJobStore store;
    private final ImportRunner runner;
    private final ImportConfig config;
    private final CorpusConfig corpus;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>();
    private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private volatile String cancelling;
    private volatile boolean stopping;
    private Thread worker;

    private final Audit audit;

    public ImportJobs(ImportJobStore store, ImportRunner runner, ImportConfig config, CorpusConfig corpus,
                      MeterRegistry registry, Audit audit) {
        this.audit = audit;
        this.store = store;
        this.runner = runner;
        this.config = config;
        this.corpus = corpus;
        for (ImportJob job : store.loadAll()) {
            jobs.put(job.id(), job);
            if (!job.state().finished()) {
                queue.add(job.id());
            }
        }
        if (!queue.isEmpty()) {
            LOG.infof("%d interrupted import(s) will resume once the corpus is loaded", queue.size());
        }
        for (ImportState state : ImportState.values()) {
            Gauge.builder("newsdesk.imports", this, jobs -> jobs.count(state)).tag("state", state.json())
                    .description("Import jobs by state").register(registry);
        }
    }

    /**
     * Accepts an import: spools the body durably and queues the job.
     *
     * @throws QueueFull when {@link ImportConfig#maxQueued()} imports already wait
     * @throws IllegalArgumentException when the body is empty
     */
    public ImportJob submit(InputStream body, String source, long maxBytes) throws IOException {
        return submit(body, source, maxBytes, null);
    }

    /** As {@link #submit(InputStream, String, long)}, for someone whose rights every line is held to. */
    public ImportJob submit(InputStream body, String source, long maxBytes, Access.Grant grant) throws IOException {
        if (count(ImportState.QUEUED) >= config.maxQueued()) {
            throw new QueueFull(config.maxQueued());
        }
        String id = UUID.randomUUID().toString();
        ImportJobStore.Spooled spooled = store.spool(id, body, maxBytes);
        if (spooled.bytes() == 0) {
            store.dropBody(id);
            throw new IllegalArgumentException("the body must hold one JSON article per line");
        }
        ImportJob job = ImportJob.queued(id, source, spooled.bytes(), spooled.lines(), grant);
        store.save(job);
        audit.job("import-start", id, grant == null ? "startup" : grant.who());
        synchronized (this) {
            jobs.put(id, job);
            prune();
        }
        queue.add(id);
        return job;
    }

    public synchronized Optional<ImportJob> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The jobs kept, newest first. */
    public synchronized List<ImportJob> list() {
        List<ImportJob> all = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(all);
        return all;
    }

    /**
     * Cancels a queued or running job; what it indexed stays. A running job stops after its current batch.
     *
     * @return the job, or empty if unknown
     * @throws IllegalStateException if it has already ended
     */
    public Optional<ImportJob> cancel(String id) {
        synchronized (this) {
            ImportJob job = jobs.get(id);
            if (job == null) {
                return Optional.empty();
            }
            if (job.state().finished()) {
                throw new IllegalStateException("import " + id + " has already ended (" + job.state().json() + ")");
            }
            if (job.state() == ImportState.QUEUED && queue.remove(id)) {
                ImportJob cancelled = job.ended(ImportState.CANCELLED, "cancelled before it started");
                audit.job("import-cancel", id, job.grant() == null ? "startup" : job.grant().who());
                update(cancelled);
                store.dropBody(id);
                return Optional.of(cancelled);
            }
            cancelling = id;
        }
        return get(id);
    }

    void onReady(@ObservesAsync CorpusReady ready) {
        corpus.importFile().ifPresent(this::importAtStartup);
        worker = new Thread(this::work, "newsdesk-import");
        worker.setDaemon(true);
        worker.start();
    }

    /** The start-up import file goes through the same job path, once per version of the file. */
    private void importAtStartup(String file) {
        Path path = Path.of(file);
        try {
            String source = "startup:" + path.toAbsolutePath() + "@" + Files.size(path) + "/"
                    + Files.getLastModifiedTime(path).toMillis();
            boolean seen;
            synchronized (this) {
                seen = jobs.values().stream().anyMatch(job -> job.source().equals(source));
            }
            if (!seen) {
                try (InputStream in = Files.newInputStream(path)) {
                    submit(in, source, Long.MAX_VALUE);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.errorf("Could not import %s: %s", path, e.getMessage());
        }
    }

    private void work() {
        while (!stopping) {
            String id;
            try {
                id = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (id != null) {
                run(id);
            }
        }
    }

    private void run(String id) {
        ImportJob job = get(id).orElse(null);
        if (job == null || job.state().finished()) {
            return;
        }
        job = job.running();
        update(job);
        LOG.infof("Import %s: running from line %d of %d", id, job.linesDone() + 1, job.linesReceived());
        try {
            ImportJob ended = runner.run(job, () -> stopping || id.equals(cancelling), this::update);
            if (!ended.state().finished() && id.equals(cancelling)) {
                ended = ended.ended(ImportState.CANCELLED, "cancelled; what was indexed stays");
            }
            update(ended);
            if (ended.state().finished()) {
                audit.job(ended.state() == ImportState.CANCELLED ? "import-cancel" : "import-finish", id,
                        ended.grant() == null ? "startup" : ended.grant().who());
                store.dropBody(id);
                LOG.infof("Import %s %s: %d articles, %d chunks, %d lines skipped", id, ended.state().json(),
                        ended.indexed(), ended.chunks(), ended.errorCount());
            }
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import %s failed", id);
            update(get(id).orElse(job).ended(ImportState.FAILED, "the import failed: " + e.getMessage()));
            store.dropBody(id);
        } finally {
            if (id.equals(cancelling)) {
                cancelling = null;
            }
        }
    }

    private void update(ImportJob job) {
        store.save(job);
        synchronized (this) {
            jobs.put(job.id(), job);
        }
    }

    /** Forgets the oldest finished jobs past the number kept. */
    private void prune() {
        long finished = jobs.values().stream().filter(j -> j.state().finished()).count();
        var it = jobs.values().iterator();
        while (finished > config.keepJobs() && it.hasNext()) {
            ImportJob job = it.next();
            if (job.state().finished()) {
                it.remove();
                store.forget(job.id());
                finished--;
            }
        }
    }

    private synchronized long count(ImportState state) {
        return jobs.values().stream().filter(job -> job.state() == state).count();
    }

    /** Lets the running batch finish (it is durable) and stops; the job resumes at the next start. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (worker != null) {
            try {
                worker.join(SHUTDOWN_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Too many imports waiting. */
    public static final class QueueFull extends RuntimeException {
        QueueFull(int max) {
            super(max + " imports are already waiting; retry when one has finished");
        }
    }
}
