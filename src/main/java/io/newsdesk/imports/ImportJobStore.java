package io.newsdesk.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.archive.ArchiveConfig;
import io.newsdesk.files.DurableFiles;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Import jobs on disk, under {@code imports/} in the data folder: each job's state as JSON, replaced
 * atomically, and its body spooled to a file that stays until the job ends, so a job survives restarts.
 */
@ApplicationScoped
public class ImportJobStore {

    private static final Logger LOG = Logger.getLogger(ImportJobStore.class);
    private static final int BUFFER = 1 << 16;

    private final Path folder;
    private final ObjectMapper mapper;

    public ImportJobStore(ArchiveConfig config, ObjectMapper mapper) {
        this.folder = Path.of(config.path()).resolve("imports");
        this.mapper = mapper;
    }

    /** The job's spooled body. */
    Path body(String id) {
        return folder.resolve(id + ".ndjson");
    }

    /**
     * Streams a body to the job's spool file, durably, counting its lines; memory does not grow with its size.
     *
     * @throws BodyTooLarge past {@code maxBytes} (the partial file is removed)
     */
    Spooled spool(String id, InputStream body, long maxBytes) throws IOException {
        Files.createDirectories(folder);
        Path part = folder.resolve(id + ".part");
        long bytes = 0;
        long lines = 0;
        int last = '\n';
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = body.read(buffer)) != -1) {
                bytes += read;
                if (bytes > maxBytes) {
                    throw new BodyTooLarge(maxBytes);
                }
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
                out.write(buffer, 0, read);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        if (last != '\n') {
            lines++;
        }
        DurableFiles.move(part, body(id));
        return new Spooled(bytes, lines);
    }

    /** Writes a job's state through a temporary file and an atomic rename. */
    void save(ImportJob job) {
        try {
            DurableFiles.replace(folder.resolve(job.id() + ".json"), mapper.writeValueAsBytes(job));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save import job " + job.id(), e);
        }
    }

    /** Every job kept, oldest first. */
    List<ImportJob> loadAll() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ImportJob> jobs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                try {
                    jobs.add(mapper.readValue(file.toFile(), ImportJob.class));
                } catch (IOException e) {
                    LOG.warnf("Skipping unreadable import job %s: %s", file.getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list import jobs in " + folder, e);
        }
        jobs.sort(Comparator.comparing(ImportJob::createdAt));
        return jobs;
    }

    /** Removes a job's spooled body (once it has ended). */
    void dropBody(String id) {
        try {
            Files.deleteIfExists(body(id));
        } catch (IOException e) {
            LOG.warnf("Could not remove the body of import %s: %s", id, e.getMessage());
        }
    }

    /** Forgets a job entirely. */
    void forget(String id) {
        dropBody(id);
        try {
            Files.deleteIfExists(folder.resolve(id + ".json"));
        } catch (IOException e) {
            LOG.warnf("Could not remove import job %s: %s", id, e.getMessage());
        }
    }

    /** A spooled body: its size and its number of lines. */
    record Spooled(long bytes, long lines) {
    }

    /** A body over the import limit. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long maxBytes) {
            super("the import is larger than " + maxBytes + " bytes");
        }
    }
}
