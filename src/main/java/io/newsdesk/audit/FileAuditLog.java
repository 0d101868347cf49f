package io.newsdesk.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.files.DurableFiles;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail of one instance: a JSON line per entry in {@code audit.log} under the data folder, forced to disk
 * before {@link #append} returns, so it survives a restart and a {@code kill -9}. A torn last line (a crash mid-write)
 * is passed over when the trail is read back. Entries are numbered in order; the number is the entry's id.
 */
public final class FileAuditLog implements AuditLog {

    private static final Logger LOG = Logger.getLogger(FileAuditLog.class);
    static final String FILE_NAME = "audit.log";

    private final Path file;
    private final ObjectMapper mapper;
    private final List<AuditEntry> entries = new ArrayList<>();

    public FileAuditLog(Path folder, ObjectMapper mapper) {
        this.file = folder.resolve(FILE_NAME);
        this.mapper = mapper;
        load();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(mapper.readValue(line, AuditEntry.class));
                } catch (IOException torn) {
                    LOG.warnf("Audit trail %s: an unreadable line after entry %d was passed over", file, entries.size());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit trail " + file, e);
        }
    }

    @Override
    public synchronized AuditEntry append(AuditEntry entry) {
        AuditEntry numbered = entry.withId(Integer.toString(entries.size() + 1));
        try {
            byte[] line = (mapper.writeValueAsString(numbered) + "\n").getBytes(StandardCharsets.UTF_8);
            DurableFiles.append(file, line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit trail " + file, e);
        }
        entries.add(numbered);
        return numbered;
    }

    @Override
    public synchronized List<AuditEntry> find(AuditQuery query) {
        int start = entries.size() - 1;
        if (query.after() != null) {
            try {
                start = Math.min(start, Integer.parseInt(query.after()) - 2);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"after\" must be the id of an audit entry");
            }
        }
        List<AuditEntry> page = new ArrayList<>();
        for (int i = start; i >= 0 && page.size() < query.limit(); i--) {
            if (query.matches(entries.get(i))) {
                page.add(entries.get(i));
            }
        }
        return page;
    }
}
