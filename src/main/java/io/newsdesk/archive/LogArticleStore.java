package io.newsdesk.archive;

import io.newsdesk.files.DurableFiles;
import io.newsdesk.domain.Article;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * An append-only log of checksummed records, forced to disk before a write returns. A crash can only
 * leave a torn record at the end; loading stops there and cuts it off, so an article is either wholly
 * there or not at all. When superseded records outweigh live ones, loading rewrites the log through a
 * temporary file and an atomic rename.
 */
public final class LogArticleStore implements ArticleStore {

    private static final Logger LOG = Logger.getLogger(LogArticleStore.class);

    static final String FILE_NAME = "articles.log";
    private static final int MAGIC = 0x4E44_4152; // "NDAR"
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 12;
    private static final int MAX_RECORD_BYTES = 512 * 1024 * 1024;
    /** A put as written before articles kept a publication and a desk; still read. */
    private static final byte PUT = 1;
    private static final byte DELETE = 2;
    /** A put that also carries the article's publication and desk (after its date); plain puts are still read. */
    private static final byte PUT_PLACED = 3;
    private static final long COMPACT_ABOVE_BYTES = 1 << 20;

    private final Path file;
    private final int dimension;
    private FileChannel channel;

    public LogArticleStore(Path folder, int dimension) {
        this.file = folder.resolve(FILE_NAME);
        this.dimension = dimension;
    }

    @Override
    public synchronized Snapshot load() {
        Map<String, StoredArticle> articles = new LinkedHashMap<>();
        Map<String, Instant> deleted = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return new Snapshot(articles, deleted);
        }
        long good = HEADER_BYTES;
        long liveBytes = 0;
        Map<String, Integer> sizes = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException(file + " is not an article log of version " + VERSION);
            }
            int fileDimension = in.readInt();
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                if (length <= 0 || length > MAX_RECORD_BYTES) {
                    LOG.warnf("Article log %s: a record at byte %d has a bad length; cutting the log there", file, good);
                    break;
                }
                long crc = in.readInt() & 0xFFFF_FFFFL;
                byte[] payload = new byte[length];
                in.readFully(payload);
                CRC32 check = new CRC32();
                check.update(payload);
                if (check.getValue() != crc) {
                    LOG.warnf("Article log %s: the record at byte %d fails its checksum; cutting the log there", file, good);
                    break;
                }
                good += 8L + length;
                Record record = decode(payload, fileDimension);
                Integer previous = sizes.remove(record.id());
                if (previous != null) {
                    liveBytes -= previous;
                }
                if (record.article() != null) {
                    articles.remove(record.id());
                    articles.put(record.id(), record.article());
                    deleted.remove(record.id());
                    sizes.put(record.id(), length + 8);
                    liveBytes += length + 8;
                } else {
                    articles.remove(record.id());
                    deleted.put(record.id(), record.at());
                }
            }
        } catch (EOFException torn) {
            LOG.warnf("Article log %s ends in a torn record (a crash during a write); cutting it at byte %d", file, good);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the article log " + file, e);
        }
        try {
            long size = Files.size(file);
            if (good < size) {
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    out.truncate(good);
                    out.force(true);
                }
            }
            if (good > COMPACT_ABOVE_BYTES && good > 2 * (liveBytes + deleted.size() * 64L)) {
                compact(articles, deleted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the article log " + file, e);
        }
        return new Snapshot(articles, deleted);
    }

    @Override
    public synchronized void putAll(List<StoredArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        List<byte[]> records = new ArrayList<>(articles.size());
        articles.forEach(stored -> records.add(encodePut(stored)));
        append(records);
    }

    @Override
    public synchronized void delete(String id, Instant at) {
        append(List.of(encodeDelete(id, at)));
    }

    private void append(List<byte[]> payloads) {
        try {
            FileChannel out = channel();
            int total = payloads.stream().mapToInt(p -> p.length + 8).sum();
            ByteBuffer buffer = ByteBuffer.allocate(total);
            for (byte[] payload : payloads) {
                CRC32 crc = new CRC32();
                crc.update(payload);
                buffer.putInt(payload.length).putInt((int) crc.getValue()).put(payload);
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the article log " + file, e);
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null) {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            if (fresh) {
                channel.write(header());
                channel.force(true);
                DurableFiles.syncFolder(file.getParent());
            }
        }
        return channel;
    }

    private ByteBuffer header() {
        return ByteBuffer.allocate(HEADER_BYTES).putInt(MAGIC).putInt(VERSION).putInt(dimension).flip();
    }

    /** Rewrites the log with the live records only; a crash midway leaves the old log in place. */
    private void compact(Map<String, StoredArticle> articles, Map<String, Instant> deleted) throws IOException {
        long before = Files.size(file);
        Path temp = file.resolveSibling(FILE_NAME + ".compact");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(header());
            var stream = new java.io.BufferedOutputStream(Channels.newOutputStream(out), 1 << 16);
            var data = new DataOutputStream(stream);
            for (var entry : deleted.entrySet()) {
                writeRecord(data, encodeDelete(entry.getKey(), entry.getValue()));
            }
            for (StoredArticle stored : articles.values()) {
                writeRecord(data, encodePut(stored));
            }
            data.flush();
            out.force(true);
        }
        if (channel != null) {
            channel.close();
            channel = null;
        }
        DurableFiles.move(temp, file);
        LOG.infof("Article log compacted from %d to %d bytes", before, Files.size(file));
    }

    private static void writeRecord(DataOutputStream out, byte[] payload) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(payload);
        out.writeInt(payload.length);
        out.writeInt((int) crc.getValue());
        out.write(payload);
    }

    private byte[] encodePut(StoredArticle stored) {
        Article article = stored.article();
        try {
            var bytes = new ByteArrayOutputStream(256 + article.text().length() + stored.vectors().length * dimension * 4);
            var out = new DataOutputStream(bytes);
            out.writeByte(PUT_PLACED);
            out.writeLong(stored.storedAt().toEpochMilli());
            writeString(out, article.id());
            out.writeByte(stored.origin().ordinal());
            writeString(out, article.title());
            writeString(out, article.source());
            writeString(out, article.url());
            writeString(out, article.publishedAt());
            writeString(out, article.publication());
            writeString(out, article.desk());
            writeString(out, article.text());
            out.writeInt(article.paragraphs().size());
            for (Article.Paragraph paragraph : article.paragraphs()) {
                out.writeInt(paragraph.start());
                out.writeInt(paragraph.end());
            }
            out.writeInt(stored.vectors().length);
            ByteBuffer floats = ByteBuffer.allocate(dimension * 4);
            for (float[] vector : stored.vectors()) {
                floats.clear();
                floats.asFloatBuffer().put(vector);
                out.write(floats.array());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encodeDelete(String id, Instant at) {
        try {
            var bytes = new ByteArrayOutputStream(64);
            var out = new DataOutputStream(bytes);
            out.writeByte(DELETE);
            out.writeLong(at.toEpochMilli());
            writeString(out, id);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Record decode(byte[] payload, int fileDimension) throws IOException {
        var in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        byte type = in.readByte();
        Instant at = Instant.ofEpochMilli(in.readLong());
        String id = readString(in);
        if (type == DELETE) {
            return new Record(id, at, null);
        }
        Origin origin = Origin.values()[in.readUnsignedByte()];
        String title = readString(in);
        String source = readString(in);
        String url = readString(in);
        String publishedAt = readString(in);
        String publication = type == PUT_PLACED ? readString(in) : null;
        String desk = type == PUT_PLACED ? readString(in) : null;
        String text = readString(in);
        int count = in.readInt();
        List<Article.Paragraph> paragraphs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = in.readInt();
            int end = in.readInt();
            paragraphs.add(new Article.Paragraph(text.substring(start, end), start, end));
        }
        int vectorCount = in.readInt();
        float[][] vectors = new float[vectorCount][fileDimension];
        byte[] raw = new byte[fileDimension * 4];
        for (float[] vector : vectors) {
            in.readFully(raw);
            ByteBuffer.wrap(raw).asFloatBuffer().get(vector);
        }
        Article article = new Article(id, title, source, text, paragraphs, url, publishedAt, publication, desk);
        return new Record(id, at, new StoredArticle(article, vectors, at, origin));
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private record Record(String id, Instant at, StoredArticle article) {
    }
}
