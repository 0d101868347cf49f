package io.newsdesk.documents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of what a file says about itself Newsdesk trusts: its metadata title unless it is a file name, a date the
 * text states as its own, and its metadata creation date unless that is the moment it was printed or exported.
 */
final class DocumentFacts {

    /** A metadata "title" that is really a file name or a path: "pdf.html", "C:\drafts\story.docx". */
    private static final Pattern FILE_NAME = Pattern.compile("(?i)[^\\s]*[/\\\\].*|[^\\s]+\\.[a-z0-9]{2,5}");
    /** A file's creation date this close to the upload is the export or the print, not the publication. */
    private static final Duration JUST_MADE = Duration.ofHours(1);
    /** A paragraph this short near the top that reads as a date is the document's dateline. */
    private static final int MAX_DATELINE_CHARS = 60;
    private static final int DATELINE_PARAGRAPHS = 4;
    private static final List<String> PRINT_PRODUCERS = load("/lexicon/print-producers.txt");

    private DocumentFacts() {
    }

    /** The metadata title, unless it is empty or a file name. */
    static String usableTitle(String title) {
        if (title == null || title.isBlank() || FILE_NAME.matcher(title.strip()).matches()) {
            return null;
        }
        return title.strip();
    }

    /**
     * The date the document states near its top, as a paragraph of its own: "27 November 2023", "Published
     * Nov. 27, 2023" (one leading word is allowed); null when none.
     */
    static String statedDate(List<String> paragraphs) {
        for (String paragraph : paragraphs.subList(0, Math.min(DATELINE_PARAGRAPHS, paragraphs.size()))) {
            String text = paragraph.strip();
            if (text.length() > MAX_DATELINE_CHARS) {
                continue;
            }
            String date = PublishedDates.found(text);
            if (date == null && text.indexOf(' ') > 0) {
                date = PublishedDates.found(text.substring(text.indexOf(' ') + 1).replaceFirst("^[:\\s]+", ""));
            }
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * The metadata creation date, unless the producer is a browser or print driver, or the file was made within
     * the hour before {@code now} (the moment of printing or exporting it for this upload).
     */
    static String trustedCreated(String created, String producer, String creator, Instant now) {
        Optional<OffsetDateTime> at = io.newsdesk.time.PublishedDates.parse(created);
        if (at.isEmpty() || printed(producer) || printed(creator)) {
            return null;
        }
        Instant made = at.get().toInstant();
        if (!made.isBefore(now.minus(JUST_MADE))) {
            return null;
        }
        return PublishedDates.found(created);
    }

    private static boolean printed(String program) {
        if (program == null) {
            return false;
        }
        String lower = program.toLowerCase(Locale.ROOT);
        return PRINT_PRODUCERS.stream().anyMatch(lower::contains);
    }

    private static List<String> load(String resource) {
        try (var in = DocumentFacts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
