package io.newsdesk.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A PDF's text as its author wrote it, read from the position of every word (PDFBox): lines are grouped by their
 * baseline, pages of two columns are read column by column, the lines at a page's edges that are furniture (page
 * numbers, print stamps, running heads) are dropped, and lines are joined into paragraphs, which break where the
 * layout breaks them: a vertical gap, a first-line indent, a change of type size, or a short line that ends a
 * sentence. A word hyphenated across a line break is rejoined.
 *
 * <p>PDFBox's own {@code PDFTextStripper} output was measured first (see {@code docs/documents.md}): it keeps
 * every printed line as a line, mixes columns when sorting by position and keeps the furniture.
 */
final class PdfText {

    /** A block of text, with the type size it was set in and whether it stands out as a heading. */
    record Block(String text, float size, boolean heading, int page) {
    }

    /** The marks a line that ends a sentence (or a quote, or a heading's colon) ends with. */
    private static final String SENTENCE_ENDS = ".!?:;\"”’)";

    private PdfText() {
    }

    /** The document's blocks in reading order; {@code printedTitle} is its metadata title, which a browser prints on top of each page. */
    static List<Block> read(PDDocument document, String printedTitle) throws IOException {
        Collector collector = new Collector();
        // Lines are grouped here, by baseline, so PDFBox need not sort; like Tika, it does not look for glyphs drawn
        // twice (fake bold), which costs more than half its time.
        collector.setSortByPosition(false);
        collector.setSuppressDuplicateOverlappingText(false);
        collector.getText(document);
        List<List<Line>> pages = new ArrayList<>();
        for (Page page : collector.pages) {
            pages.add(lines(page));
        }
        dropFurniture(pages, printedTitle);
        List<Line> ordered = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ordered.addAll(readingOrder(pages.get(i), collector.pages.get(i).width));
        }
        return paragraphs(ordered);
    }

    // ---- words and lines --------------------------------------------------------------------------------------

    private record Word(String text, float x0, float x1, float baseline, float height, float size) {
    }

    private static final class Page {
        final int number;
        final float width;
        final List<Word> words = new ArrayList<>();

        Page(int number, float width) {
            this.number = number;
            this.width = width;
        }
    }

    /** One printed line (or a column's part of it), its fragments separated by wide gaps. */
    private static final class Line {
        final List<Word> words = new ArrayList<>();
        final int page;
        float left;
        float right;

        Line(int page) {
            this.page = page;
        }

        float baseline() {
            return words.get(0).baseline;
        }

        float height() {
            return (float) words.stream().mapToDouble(Word::height).max().orElse(10);
        }

        float size() {
            return (float) words.stream().mapToDouble(Word::size).max().orElse(10);
        }

        float x0() {
            return words.get(0).x0;
        }

        float x1() {
            return words.get(words.size() - 1).x1;
        }

        private String text;

        /** The text, with a tab where a gap wider than two type heights separates fragments (read once built). */
        String text() {
            if (text == null) {
                text = join();
            }
            return text;
        }

        private String join() {
            StringBuilder text = new StringBuilder();
            Word previous = null;
            for (Word word : words) {
                if (previous != null) {
                    text.append(word.x0 - previous.x1 > 2 * word.height ? "\t" : " ");
                }
                text.append(word.text.strip());
                previous = word;
            }
            return text.toString().strip();
        }

        Line part(float from, float to) {
            Line part = new Line(page);
            for (Word word : words) {
                if (word.x0 >= from && word.x1 <= to) {
                    part.words.add(word);
                }
            }
            return part;
        }
    }

    /** Collects every word PDFBox finds, with its position, page by page. */
    private static final class Collector extends PDFTextStripper {
        final List<Page> pages = new ArrayList<>();

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            PDRectangle box = page.getCropBox();
            pages.add(new Page(getCurrentPageNo(), box == null ? 612 : box.getWidth()));
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank() || pages.isEmpty()) {
                return;
            }
            // A run can hold spaces; split it where they are so that a column gap never hides inside one word.
            int start = 0;
            for (int i = 0; i <= positions.size(); i++) {
                boolean space = i < positions.size() && positions.get(i).getUnicode().isBlank();
                if (i == positions.size() || space) {
                    if (i > start) {
                        add(positions.subList(start, i));
                    }
                    start = i + 1;
                }
            }
        }

        private void add(List<TextPosition> glyphs) {
            StringBuilder text = new StringBuilder();
            float x0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float height = 0;
            float size = 0;
            for (TextPosition glyph : glyphs) {
                text.append(glyph.getUnicode());
                x0 = Math.min(x0, glyph.getXDirAdj());
                x1 = Math.max(x1, glyph.getXDirAdj() + glyph.getWidthDirAdj());
                height = Math.max(height, glyph.getHeightDir());
                size = Math.max(size, glyph.getFontSizeInPt());
            }
            TextPosition first = glyphs.get(0);
            pages.get(pages.size() - 1).words.add(
                    new Word(text.toString(), x0, x1, first.getYDirAdj(), Math.max(height, 1), Math.max(size, 1)));
        }
    }

    /** The page's words grouped into lines by baseline, top to bottom, each line's words left to right. */
    private static List<Line> lines(Page page) {
        List<Word> words = new ArrayList<>(page.words);
        words.sort(Comparator.comparingDouble(Word::baseline).thenComparingDouble(Word::x0));
        List<Line> lines = new ArrayList<>();
        Line current = null;
        for (Word word : words) {
            if (current == null || Math.abs(word.baseline - current.baseline()) > 0.4f * Math.min(word.height, current.height())) {
                current = new Line(page.number);
                lines.add(current);
            }
            current.words.add(word);
        }
        for (Line line : lines) {
            line.words.sort(Comparator.comparingDouble(Word::x0));
        }
        return lines;
    }

    // ---- furniture ---------------------------------------------------------------------------------------------

    /** At most this many lines at the top and at the bottom of a page are judged as furniture. */
    private static final int EDGE_LINES = 2;

    private static void dropFurniture(List<List<Line>> pages, String printedTitle) {
        List<List<String>> edges = new ArrayList<>();
        for (List<Line> lines : pages) {
            List<String> edge = new ArrayList<>();
            for (Line line : edgeLines(lines)) {
                edge.add(line.text());
            }
            edges.add(edge);
        }
        Set<String> repeated = pages.size() >= 2 ? PageFurniture.repeated(edges) : Set.of();
        for (List<Line> lines : pages) {
            List<Line> furniture = new ArrayList<>();
            for (Line line : edgeLines(lines)) {
                String text = line.text();
                if (PageFurniture.looksLikeFurniture(text, printedTitle) || repeated.contains(PageFurniture.key(text))) {
                    furniture.add(line);
                }
            }
            lines.removeAll(furniture);
        }
    }

    private static List<Line> edgeLines(List<Line> lines) {
        List<Line> edge = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i < EDGE_LINES || i >= lines.size() - EDGE_LINES) {
                edge.add(lines.get(i));
            }
        }
        return edge;
    }

    // ---- columns -----------------------------------------------------------------------------------------------

    /**
     * The page's lines in reading order. When a vertical gutter runs down the middle of the text, the lines beside
     * it are read left column first; a line that crosses the gutter (a headline over both columns) closes the
     * columns above it.
     */
    private static List<Line> readingOrder(List<Line> lines, float pageWidth) {
        float gutter = gutter(lines);
        List<Line> ordered = new ArrayList<>();
        if (Float.isNaN(gutter)) {
            setBounds(lines);
            ordered.addAll(lines);
            return ordered;
        }
        List<Line> left = new ArrayList<>();
        List<Line> right = new ArrayList<>();
        for (Line line : lines) {
            if (crosses(line, gutter)) {
                flush(left, right, ordered);
                setBounds(List.of(line));
                ordered.add(line);
                continue;
            }
            Line l = line.part(-Float.MAX_VALUE, gutter);
            Line r = line.part(gutter, Float.MAX_VALUE);
            if (!l.words.isEmpty()) {
                left.add(l);
            }
            if (!r.words.isEmpty()) {
                right.add(r);
            }
        }
        flush(left, right, ordered);
        return ordered;
    }

    /** Whether a line runs across the gutter: a word over it, or words on both sides with a word space between. */
    private static boolean crosses(Line line, float gutter) {
        for (int i = 0; i < line.words.size(); i++) {
            Word word = line.words.get(i);
            if (word.x0 < gutter && word.x1 > gutter) {
                return true;
            }
            if (i > 0) {
                Word before = line.words.get(i - 1);
                boolean straddles = before.x1 <= gutter && word.x0 >= gutter;
                if (straddles && word.x0 - before.x1 < 2 * Math.max(word.height, before.height)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void flush(List<Line> left, List<Line> right, List<Line> ordered) {
        setBounds(left);
        setBounds(right);
        ordered.addAll(left);
        ordered.addAll(right);
        left.clear();
        right.clear();
    }

    /** Each line learns the left and right edge of the column it is set in. */
    private static void setBounds(List<Line> column) {
        float left = (float) column.stream().mapToDouble(Line::x0).min().orElse(0);
        float right = (float) column.stream().mapToDouble(Line::x1).max().orElse(0);
        for (Line line : column) {
            line.left = left;
            line.right = right;
        }
    }

    /**
     * The x of a gutter: the widest band in the middle of the text that at most a tenth of the lines (or one) cross, at
     * least two type heights wide, with text on both sides of it for most lines; NaN when there is none.
     */
    private static float gutter(List<Line> lines) {
        if (lines.size() < 6) {
            return Float.NaN;
        }
        float left = (float) lines.stream().mapToDouble(Line::x0).min().orElse(0);
        float right = (float) lines.stream().mapToDouble(Line::x1).max().orElse(0);
        int width = (int) Math.ceil(right - left);
        if (width < 200) {
            return Float.NaN;
        }
        int[] crossing = new int[width + 1];
        for (Line line : lines) {
            boolean[] covered = new boolean[width + 1];
            for (Word word : line.words) {
                for (int x = Math.max(0, (int) (word.x0 - left)); x <= Math.min(width, (int) (word.x1 - left)); x++) {
                    covered[x] = true;
                }
            }
            for (int x = 0; x <= width; x++) {
                if (covered[x]) {
                    crossing[x]++;
                }
            }
        }
        int allowed = Math.max(1, lines.size() / 10);
        int bestStart = -1;
        int bestLength = 0;
        int start = -1;
        for (int x = (int) (width * 0.3); x <= (int) (width * 0.7); x++) {
            if (crossing[x] <= allowed) {
                if (start < 0) {
                    start = x;
                }
                if (x - start + 1 > bestLength) {
                    bestLength = x - start + 1;
                    bestStart = start;
                }
            } else {
                start = -1;
            }
        }
        float typeHeight = (float) lines.stream().mapToDouble(Line::height).sorted().skip(lines.size() / 2).findFirst().orElse(10);
        if (bestLength < 2 * typeHeight) {
            return Float.NaN;
        }
        float gutter = left + bestStart + bestLength / 2f;
        long both = lines.stream().filter(line -> line.x0() < gutter && line.x1() > gutter).count();
        long leftOnly = lines.stream().filter(line -> line.x1() <= gutter).count();
        long rightOnly = lines.stream().filter(line -> line.x0() >= gutter).count();
        // Text on both sides on most lines (or whole column runs on each side): a real second column.
        return both + Math.min(leftOnly, rightOnly) >= lines.size() / 2 ? gutter : Float.NaN;
    }

    // ---- paragraphs --------------------------------------------------------------------------------------------

    private static List<Block> paragraphs(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        if (lines.isEmpty()) {
            return blocks;
        }
        float bodySize = bodySize(lines);
        float spacing = lineSpacing(lines);
        StringBuilder text = new StringBuilder();
        Line previous = null;
        Line first = null;
        for (Line line : lines) {
            if (previous != null && breaksBefore(previous, line, spacing)) {
                blocks.add(block(text, first, bodySize));
                text.setLength(0);
                first = null;
            }
            if (first == null) {
                first = line;
            }
            join(text, line.text().replace('\t', ' '));
            previous = line;
        }
        blocks.add(block(text, first, bodySize));
        blocks.removeIf(block -> block.text().isBlank());
        return blocks;
    }

    private static Block block(StringBuilder text, Line first, float bodySize) {
        float size = first == null ? bodySize : first.size();
        return new Block(text.toString().strip(), size, size > bodySize * 1.15f, first == null ? 1 : first.page);
    }

    /** Whether a paragraph ends between two consecutive lines of the reading order. */
    private static boolean breaksBefore(Line previous, Line line, float spacing) {
        String before = previous.text();
        boolean endsSentence = !before.isEmpty() && SENTENCE_ENDS.indexOf(before.charAt(before.length() - 1)) >= 0;
        if (Math.abs(line.size() - previous.size()) > 0.1f * previous.size()) {
            return true;
        }
        boolean sameColumn = line.page == previous.page && line.left == previous.left
                && line.baseline() > previous.baseline();
        if (!sameColumn) {
            // A new page or column continues the paragraph unless the last one ended a sentence.
            return endsSentence;
        }
        float gap = line.baseline() - previous.baseline();
        if (gap > 1.4f * spacing) {
            return true;
        }
        float em = line.height();
        boolean indented = line.x0() - line.left > 1.5f * em && previous.x0() - previous.left < 0.5f * em;
        if (indented) {
            return true;
        }
        boolean shortLine = previous.x1() < previous.right - 0.2f * (previous.right - previous.left);
        return shortLine && endsSentence;
    }

    private static void join(StringBuilder text, String next) {
        if (text.isEmpty()) {
            text.append(next);
            return;
        }
        int last = text.length() - 1;
        boolean hyphenated = last > 0 && (text.charAt(last) == '-' || text.charAt(last) == '\u00AD')
                && Character.isLetter(text.charAt(last - 1));
        if (hyphenated && !next.isEmpty() && Character.isLowerCase(next.charAt(0))) {
            text.setLength(text.length() - 1);
            text.append(next);
            return;
        }
        text.append(' ').append(next);
    }

    /** The type size most of the text is set in. */
    private static float bodySize(List<Line> lines) {
        java.util.Map<Integer, Integer> chars = new java.util.HashMap<>();
        for (Line line : lines) {
            chars.merge(Math.round(line.size() * 2), line.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2f).orElse(10f);
    }

    /** The usual distance between the baselines of consecutive lines in one column. */
    private static float lineSpacing(List<Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1);
            Line b = lines.get(i);
            float gap = b.baseline() - a.baseline();
            if (a.page == b.page && a.left == b.left && gap > 0) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return 14;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 4);
    }
}
