package io.newsdesk.documents;

import io.newsdesk.support.BrowserAvailable;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Documents laid out as staff get them, made in the test: a page printed by Chromium, a two-column PDF whose
 * text is drawn row by row across both columns (as layout programs write it), a three-page PDF with running heads,
 * page numbers, indented paragraphs and words hyphenated at line ends, and a Word file with a header, a footer, a
 * footnote and a tracked change.
 */
public final class LaidOutDocuments {

    private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font HEAD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private LaidOutDocuments() {
    }

    /** {@code html} printed to PDF by headless Chromium, with its header (date, title) and footer (address, 1/1). */
    public static byte[] printedByChromium(String html, Path folder) throws IOException, InterruptedException {
        Path page = folder.resolve("pdf.html");
        Path pdf = folder.resolve("pdf.pdf");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Process chromium = new ProcessBuilder(BrowserAvailable.chromium(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + folder.resolve("profile"),
                "--print-to-pdf=" + pdf, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("chromium.log").toFile()).start();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new IOException("chromium did not print the page within 60 s");
        }
        if (!Files.exists(pdf)) {
            throw new IOException("chromium printed nothing: " + Files.readString(folder.resolve("chromium.log")));
        }
        return Files.readAllBytes(pdf);
    }

    /** A headline over two columns; each column's paragraphs wrapped to its width, drawn a row at a time. */
    public static byte[] twoColumns(String headline, List<String> left, List<String> right) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            List<String> leftLines = wrapParagraphs(left, 11, 240, false, true);
            List<String> rightLines = wrapParagraphs(right, 11, 240, false, true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, HEAD, 20, 50, 720, headline);
                float y = 680;
                for (int row = 0; row < Math.max(leftLines.size(), rightLines.size()); row++, y -= 14) {
                    if (row < leftLines.size() && !leftLines.get(row).isEmpty()) {
                        text(content, BODY, 11, 50, y, leftLines.get(row));
                    }
                    if (row < rightLines.size() && !rightLines.get(row).isEmpty()) {
                        text(content, BODY, 11, 322, y, rightLines.get(row));
                    }
                }
            }
            return save(document);
        }
    }

    /**
     * A story over three pages: a running head and "Page n of 3" on each, a headline on the first, paragraphs with
     * an indented first line and no space between them, and long words hyphenated where a line ends.
     */
    public static byte[] threePages(String runningHead, String headline, List<String> paragraphs) throws IOException {
        return paged(runningHead, headline, paragraphs, 3);
    }

    /** The same layout over {@code pages} pages, or over as many as 45 lines a page need when {@code pages} is 0. */
    public static byte[] paged(String runningHead, String headline, List<String> paragraphs, int pages) throws IOException {
        List<String> lines = wrapParagraphs(paragraphs, 11, 300, true, false);
        int count = pages > 0 ? pages : (lines.size() + 44) / 45;
        int perPage = (lines.size() + count - 1) / count;
        try (PDDocument document = new PDDocument()) {
            for (int number = 1; number <= count; number++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    text(content, HEAD, 8, 50, 760, runningHead);
                    float y = 720;
                    if (number == 1) {
                        text(content, HEAD, 18, 50, y, headline);
                        y -= 36;
                    }
                    for (int i = (number - 1) * perPage; i < Math.min(lines.size(), number * perPage); i++, y -= 14) {
                        String line = lines.get(i);
                        boolean indent = line.startsWith("\t");
                        text(content, BODY, 11, indent ? 68 : 50, y, line.strip());
                    }
                    text(content, BODY, 9, 280, 40, "Page " + number + " of " + count);
                }
            }
            return save(document);
        }
    }

    /** A Word file: a heading, then paragraphs; a header and a footer; a footnote and a tracked insertion and deletion. */
    public static byte[] wordWithFurniture(String header, String footer, String headline, String withFootnote, String footnote,
                                    String before, String inserted, String deleted, String after) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.getProperties().getCoreProperties().setTitle("draft-final-v2.docx");
            document.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(header);
            document.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(footer);
            document.createParagraph().createRun().setText(headline);
            XWPFParagraph noted = document.createParagraph();
            noted.createRun().setText(withFootnote);
            XWPFFootnote note = document.createFootnote();
            note.createParagraph().createRun().setText(footnote);
            noted.addFootnoteReference(note);
            XWPFParagraph changed = document.createParagraph();
            changed.createRun().setText(before);
            var insertion = changed.getCTP().addNewIns();
            insertion.setAuthor("Desk editor");
            insertion.setId(BigInteger.ONE);
            insertion.addNewR().addNewT().setStringValue(inserted);
            var deletion = changed.getCTP().addNewDel();
            deletion.setAuthor("Desk editor");
            deletion.setId(BigInteger.TWO);
            deletion.addNewR().addNewDelText().setStringValue(deleted);
            changed.createRun().setText(after);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /**
     * Lines of at most {@code width} points. With {@code hyphenate}, a word of eight letters or more that does not
     * fit is split with a hyphen; with {@code indent}, a paragraph's first line starts with a tab (drawn indented);
     * with {@code gap}, an empty line follows each paragraph.
     */
    public static List<String> wrapParagraphs(List<String> paragraphs, float size, float width, boolean indent, boolean gap)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder(indent ? "\t" : "");
            float room = indent ? width - 18 : width;
            for (String word : paragraph.split(" ")) {
                String current = line.toString();
                String candidate = current.isBlank() ? current + word : current + " " + word;
                if (width(candidate.strip(), size) <= room) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                String rest = word;
                if (indent && word.length() >= 8 && word.chars().allMatch(Character::isLetter)) {
                    for (int cut = word.length() - 3; cut >= 4; cut--) {
                        String head = (current.isBlank() ? current : current + " ") + word.substring(0, cut) + "-";
                        if (width(head.strip(), size) <= room) {
                            line.setLength(0);
                            line.append(head);
                            rest = word.substring(cut);
                            break;
                        }
                    }
                }
                lines.add(line.toString());
                line.setLength(0);
                line.append(rest);
                room = width;
            }
            lines.add(line.toString());
            if (gap) {
                lines.add("");
            }
        }
        return lines;
    }

    private static float width(String text, float size) throws IOException {
        return BODY.getStringWidth(text.replace("\t", "")) / 1000 * size;
    }
}
