package io.newsdesk.documents;

import io.newsdesk.concurrent.DaemonThreads;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns a file's bytes into text with Apache Tika. The format is detected from the content, never the
 * name; only text, Markdown, HTML, PDF and Word (.docx) are accepted. Parsing runs on its own thread with
 * a time limit, and the text it yields is capped.
 */
@ApplicationScoped
public class DocumentParser {

    private static final Logger LOG = Logger.getLogger(DocumentParser.class);

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Map<String, String> ACCEPTED = Map.of(
            "text/plain", "text",
            "text/markdown", "Markdown",
            "text/x-web-markdown", "Markdown",
            "text/html", "HTML",
            "application/xhtml+xml", "HTML",
            "application/pdf", "PDF",
            DOCX, "Word");

    private final DocumentsConfig.Upload limits;
    private final Detector detector;
    private final Parser parser;
    private final ExecutorService parsing = Executors.newFixedThreadPool(2, DaemonThreads.named("newsdesk-parse"));

    public DocumentParser(DocumentsConfig config) {
        this.limits = config.upload();
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.parser = new AutoDetectParser(tika);
    }

    /** The text of a document; {@code baseUri} resolves a web page's links (null for uploads). */
    public ParsedDocument parse(byte[] content, String baseUri) {
        if (content.length == 0) {
            throw new DocumentRejected(400, "the file is empty");
        }
        String type = detect(content);
        if (!ACCEPTED.containsKey(type)) {
            throw new DocumentRejected(415, "a file of type " + type + " is not accepted; send text, Markdown, HTML, PDF or Word (.docx)");
        }
        Future<ParsedDocument> result = parsing.submit(() -> extract(content, type, baseUri));
        try {
            return result.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new DocumentRejected(422, "the " + ACCEPTED.get(type) + " file took longer than "
                    + limits.parseTimeout().toSeconds() + " s to read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentRejected(503, "interrupted while reading the file");
        } catch (ExecutionException e) {
            throw rejection(e.getCause(), type);
        }
    }

    private String detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new DocumentRejected(422, "the file's type could not be recognised");
        }
    }

    private ParsedDocument extract(byte[] content, String type, String baseUri) throws Exception {
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return HtmlText.parse(content, baseUri, type);
        }
        BodyContentHandler text = new BodyContentHandler(limits.maxChars());
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, text, metadata, new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            LOG.infof("A %s document was cut at %d characters", type, limits.maxChars());
        }
        List<String> paragraphs = paragraphs(text.toString(), type.equals("application/pdf"));
        String title = metadata.get(TikaCoreProperties.TITLE);
        String published = metadata.get(TikaCoreProperties.CREATED);
        if ((title == null || title.isBlank()) && !paragraphs.isEmpty() && paragraphs.get(0).length() <= 200) {
            title = paragraphs.remove(0).replaceFirst("^#+\\s*", "");
        }
        return new ParsedDocument(type, title == null ? null : title.strip(), paragraphs, published);
    }

    /** Paragraphs are separated by blank lines; within one, lines are joined (PDF lines are layout, not meaning). */
    static List<String> paragraphs(String text, boolean joinLines) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            if (joinLines) {
                String joined = block.replaceAll("-\\n(?=\\p{Ll})", "").replaceAll("\\s*\\n\\s*", " ").strip();
                if (!joined.isEmpty()) {
                    paragraphs.add(joined);
                }
            } else {
                for (String line : block.split("\\n")) {
                    if (!line.isBlank()) {
                        paragraphs.add(line.strip().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        return paragraphs;
    }

    private static DocumentRejected rejection(Throwable cause, String type) {
        if (cause instanceof DocumentRejected rejected) {
            return rejected;
        }
        if (cause instanceof EncryptedDocumentException) {
            return new DocumentRejected(422, "the " + type + " file is encrypted; upload it without a password");
        }
        String reason = cause instanceof TikaException || cause instanceof IOException
                ? rootMessage(cause) : cause.getClass().getSimpleName();
        LOG.debugf(cause, "Could not parse a %s file", type);
        return new DocumentRejected(422, "the file could not be read as " + type + ": " + reason);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    @PreDestroy
    void close() {
        parsing.shutdownNow();
    }
}
