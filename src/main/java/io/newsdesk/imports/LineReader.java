package io.newsdesk.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads UTF-8 lines with a cap on their length: a longer line is skipped whole and reported, never buffered. */
final class LineReader implements AutoCloseable {

    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);
    private long number;

    LineReader(InputStream in, int maxBytes) {
        this.in = new java.io.BufferedInputStream(in, 1 << 16);
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end; {@link Line#text()} is null for a line over the cap. */
    Line next() throws IOException {
        line.reset();
        boolean tooLong = false;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (line.size() >= maxBytes) {
                tooLong = true;
            } else {
                line.write(b);
            }
        }
        if (!any) {
            return null;
        }
        number++;
        return new Line(number, tooLong ? null : line.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A line and its 1-based number. */
    record Line(long number, String text) {
    }
}
