package io.newsdesk.documents;

import io.newsdesk.concurrent.DaemonThreads;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
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
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

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
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> HtmlText.parse(content, baseUri, type);
            case "application/pdf" -> pdf(content);
            default -> tika(content, type);
        };
    }

    /** A PDF read from the position of its words ({@link PdfText}); its own title and date where they are trusted. */
    private ParsedDocument pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDDocumentInformation info = document.getDocumentInformation();
            String metadataTitle = info.getTitle();
            List<PdfText.Block> blocks = PdfText.read(document, metadataTitle);
            List<String> paragraphs = new ArrayList<>();
            int chars = 0;
            for (PdfText.Block block : blocks) {
                if (chars + block.text().length() > limits.maxChars()) {
                    LOG.infof("A PDF document was cut at %d characters", limits.maxChars());
                    break;
                }
                paragraphs.add(block.text());
                chars += block.text().length();
            }
            String title = DocumentFacts.usableTitle(metadataTitle);
            if (title == null) {
                title = firstHeading(blocks.subList(0, Math.min(paragraphs.size(), blocks.size())), paragraphs);
            }
            String created = info.getCreationDate() == null ? null : info.getCreationDate().toInstant().toString();
            return new ParsedDocument("application/pdf", title, paragraphs,
                    publishedAt(paragraphs, created, info.getProducer(), info.getCreator()));
        }
    }

    /** The first heading on the first page (taken out of the paragraphs), else what {@link #leadingTitle} finds. */
    private static String firstHeading(List<PdfText.Block> blocks, List<String> paragraphs) {
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            PdfText.Block block = blocks.get(i);
            if (block.heading() && block.page() == 1 && block.text().length() <= MAX_LEADING_TITLE_CHARS) {
                return paragraphs.remove(i);
            }
        }
        return leadingTitle(paragraphs);
    }

    /** Word, text and Markdown through Tika; a Word file without its headers and footers, tracked changes accepted. */
    private ParsedDocument tika(byte[] content, String type) throws Exception {
        BodyContentHandler text = new BodyContentHandler(limits.maxChars());
        Metadata metadata = new Metadata();
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, OFFICE);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, text, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            LOG.infof("A %s document was cut at %d characters", type, limits.maxChars());
        }
        boolean word = type.equals(DOCX);
        String body = word ? FOOTNOTE_REFERENCE.matcher(text.toString()).replaceAll("") : text.toString();
        List<String> paragraphs = word ? lines(body) : paragraphs(body);
        String title = DocumentFacts.usableTitle(metadata.get(TikaCoreProperties.TITLE));
        if (title == null) {
            title = leadingTitle(paragraphs);
        }
        return new ParsedDocument(type, title, paragraphs, publishedAt(paragraphs,
                metadata.get(TikaCoreProperties.CREATED), null, metadata.get("extended-properties:Application")));
    }

    private static final int MAX_LEADING_TITLE_CHARS = 200;

    /** The first paragraph as the title when it is short enough to be one (a Markdown heading's marks dropped). */
    private static String leadingTitle(List<String> paragraphs) {
        if (!paragraphs.isEmpty() && paragraphs.get(0).length() <= MAX_LEADING_TITLE_CHARS) {
            return paragraphs.remove(0).replaceFirst("^#+\\s*", "");
        }
        return null;
    }

    /** A date the document states at its top, else its creation date where that is not the print or upload moment. */
    private static String publishedAt(List<String> paragraphs, String created, String producer, String creator) {
        String stated = DocumentFacts.statedDate(paragraphs);
        return stated != null ? stated : DocumentFacts.trustedCreated(created, producer, creator, Instant.now());
    }

    /** Each line a paragraph, as Word's paragraphs come out of Tika. */
    static List<String> lines(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip().replaceAll("\\s+", " "));
            }
        }
        return paragraphs;
    }

    /**
     * Plain text and Markdown: paragraphs are separated by blank lines, and the lines of one are joined (text
     * wrapped at a fixed width, as wire copy and e-mail are). Headings, list items and quotes stay lines of their
     * own, and a text with no blank line at all keeps each line a paragraph.
     */
    static List<String> paragraphs(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!BLANK_LINE.matcher(normalised.strip()).find()) {
            return lines(normalised);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(normalised)) {
            StringBuilder joined = new StringBuilder();
            for (String line : block.split("\n")) {
                String stripped = line.strip().replaceAll("\\s+", " ");
                if (stripped.isEmpty()) {
                    continue;
                }
                if (OWN_LINE.matcher(stripped).lookingAt()) {
                    flush(joined, paragraphs);
                } else if (!joined.isEmpty()) {
                    int last = joined.length() - 1;
                    boolean hyphenated = joined.charAt(last) == '-' && last > 0 && Character.isLetter(joined.charAt(last - 1))
                            && Character.isLowerCase(stripped.charAt(0));
                    if (hyphenated) {
                        joined.setLength(last);
                    } else {
                        joined.append(' ');
                    }
                }
                joined.append(stripped);
                if (stripped.startsWith("#")) {
                    flush(joined, paragraphs);
                }
            }
            flush(joined, paragraphs);
        }
        return paragraphs;
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");
    /** Markdown lines that stand alone: headings, list items, quotes. */
    private static final Pattern OWN_LINE = Pattern.compile("#{1,6}\\s|[-*+]\\s|\\d{1,3}[.)]\\s|>");
    /** Tika writes a Word footnote's mark into the text as "[1]" right after the word it follows. */
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("(?<=[\\p{L}\\p{N}.,;:!?\"')\\]’”])\\[\\d{1,3}]");
    private static final OfficeParserConfig OFFICE = officeConfig();

    private static OfficeParserConfig officeConfig() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setUseSAXDocxExtractor(true);
        config.setIncludeHeadersAndFooters(false);
        config.setIncludeDeletedContent(false);
        config.setIncludeMoveFromContent(false);
        return config;
    }

    private static DocumentRejected rejection(Throwable cause, String type) {
        if (cause instanceof DocumentRejected rejected) {
            return rejected;
        }
        if (cause instanceof EncryptedDocumentException || cause instanceof InvalidPasswordException) {
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
