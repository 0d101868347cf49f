package io.newsdesk.imports;

import io.newsdesk.security.Access;
import io.newsdesk.security.DeskRights;

import io.newsdesk.archive.Archive;
import io.newsdesk.archive.Origin;
import io.newsdesk.domain.Article;
import io.newsdesk.ingest.LineError;
import io.newsdesk.ingest.NdjsonArticleReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs one import: reads the spooled body line by line from where the job stopped, stores and indexes the
 * articles a batch at a time, and reports progress after each durable batch. Between batches it stops if
 * asked to, so a shutdown never leaves a batch half-written.
 */
@ApplicationScoped
public class ImportRunner {

    /** The source of imported articles without an id: their ids hash it with the title. */
    private static final String SOURCE = "import";

    private final ImportJobStore store;
    private final NdjsonArticleReader reader;
    private final Archive archive;
    private final ImportConfig config;

    private final DeskRights rights;

    public ImportRunner(ImportJobStore store, NdjsonArticleReader reader, Archive archive, ImportConfig config,
                        DeskRights rights) {
        this.rights = rights;
        this.store = store;
        this.reader = reader;
        this.archive = archive;
        this.config = config;
    }

    /**
     * Runs {@code job} until it ends or {@code stop} says so; each durable batch is reported to {@code progress}.
     * Returns the job as it stands: ended, or still running if stopped.
     */
    ImportJob run(ImportJob job, BooleanSupplier stop, Consumer<ImportJob> progress) throws IOException {

        long started = System.nanoTime();
        long chunksAtStart = job.chunks();
        long linesAtStart = job.linesDone();
        List<LineError> errors = new ArrayList<>(job.errors());
        long[] counts = {job.indexed(), job.replaced(), job.chunks(), job.errorCount()};
        try (LineReader lines = new LineReader(Files.newInputStream(store.body(job.id())), config.maxLineBytes())) {
            List<Article> batch = new ArrayList<>(config.batchArticles());
            LineReader.Line line;
            long lastLine = linesAtStart;
            while (true) {
                line = lines.next();
                if (line != null && line.number() <= linesAtStart) {
                    continue; // stored before the job was interrupted
                }
                if (line != null) {
                    lastLine = line.number();
                    Article article = parse(line, errors, counts, job.grant());
                    if (article != null) {
                        batch.add(article);
                    }
                }
                boolean end = line == null;
                if (batch.size() >= config.batchArticles() || end && lastLine > job.linesDone()) {
                    store(batch, counts, job);
                    batch.clear();
                    double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
                    double linesPerSecond = (lastLine - linesAtStart) / seconds;
                    Long eta = linesPerSecond > 0 ? Math.round((job.linesReceived() - lastLine) / linesPerSecond) : null;
                    job = job.progressed(lastLine, counts[0], counts[1], counts[2], counts[3], errors,
                            (counts[2] - chunksAtStart) / seconds, eta);
                    progress.accept(job);
                    if (!end && stop.getAsBoolean()) {
                        return job;
                    }
                }
                if (end) {
                    return job.ended(ImportState.DONE, null);
                }
            }
        }
    }

    private Article parse(LineReader.Line line, List<LineError> errors, long[] counts, Access.Grant grant) {
        String problem;
        if (line.text() == null) {
            problem = "the line is longer than " + config.maxLineBytes() + " bytes";
        } else if (line.text().isBlank()) {
            return null;
        } else {
            try {
                Article article = reader.parseLine(line.text(), SOURCE);
                if (article.text().length() > config.maxArticleChars()) {
                    problem = "the article text is " + article.text().length() + " characters; at most "
                            + config.maxArticleChars() + " are accepted";
                } else if (!mayChange(grant, article)) {
                    problem = "the submitter may not change this article (its desk, or the desk of the article it "
                            + "would replace)";
                } else {
                    return article;
                }
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        counts[3]++;
        if (errors.size() < config.maxErrors()) {
            errors.add(new LineError((int) line.number(), problem));
        }
        return null;
    }

    /** Whether the job's submitter may put this article on its desk and replace what its id holds now. */
    private boolean mayChange(Access.Grant grant, Article article) {
        if (grant == null || !rights.configured()) {
            return true;
        }
        java.util.Set<String> restricted = rights.restrictedDesks();
        return grant.mayEdit(article.desk(), restricted)
                && archive.article(article.id()).map(held -> grant.mayEdit(held.desk(), restricted)).orElse(true);
    }

    private void store(List<Article> batch, long[] counts, ImportJob job) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (Archive.Added added : archive.add(batch, Origin.IMPORT,
                job.grant() == null ? "startup" : job.grant().who(), job.id())) {
            counts[0]++;
            if (added.replaced() || !ids.add(added.article().id())) {
                counts[1]++;
            }
            counts[2] += added.chunks();
        }
    }
}
