package io.newsdesk.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a test class started (service processes, Elasticsearch nodes) under one folder: closed newest
 * first, then the folder is removed.
 */
public final class Started implements AutoCloseable {

    private final Path folder;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    public Started(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public <T extends AutoCloseable> T add(T started) {
        running.push(started);
        return started;
    }

    @Override
    public void close() throws Exception {
        while (!running.isEmpty()) {
            running.pop().close();
        }
        try {
            new ProcessBuilder("rm", "-rf", folder.toAbsolutePath().toString()).start().waitFor();
        } catch (IOException e) {
            // best effort: the folder is under the temporary folder
        }
    }
}
