package io.newsdesk.documents;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How long reading an uploaded file takes, in milliseconds per megabyte of file: a PDF of about 1 MB (many pages,
 * running heads, page numbers, hyphenation) and a Word file of about 1 MB, each parsed 5 times after 5 warm-up
 * reads. Only the extraction is timed (embedding the text is the same whatever the format). Run with
 * {@code ./mvnw -Pbench test -Dtest=DocumentReadingBenchmark}; prints, asserts nothing.
 */
@Tag("benchmark")
class DocumentReadingBenchmark {

    private static final String[] WORDS = ("council harbour ferry minister election budget representatives "
            + "consultation infrastructure transportation engineers lighthouse fishermen timetable islanders "
            + "vessels crossing winter schedule commuters pier strengthening assessments tourism association "
            + "the a of and to in said on for was with that by").split(" ");

    @Test
    void milliseconds_per_megabyte() throws Exception {
        DocumentParser parser = new DocumentParser(new Limits());
        Random random = new Random(7);
        byte[] pdf = LaidOutDocuments.paged("THE ORKNEY COURIER", "Benchmark story", paragraphs(random, 2400), 0);
        byte[] docx = Fixtures.docx("Benchmark story", paragraphs(random, 8000));
        measure(parser, "PDF ", pdf);
        measure(parser, "docx", docx);
    }

    /**
     * How whole the sentences of three laid-out PDFs come out, read by Newsdesk's parser and by PDFBox's own text
     * stripper in its two orders (content stream, and sorted by position), each stripper's lines joined within
     * blank-line blocks as Tika's text is: sentences found whole in one paragraph, and furniture lines kept.
     */
    @Test
    void sentences_kept_whole() throws Exception {
        DocumentParser parser = new DocumentParser(new Limits());
        List<String> left = List.of("Six tidal turbines anchored on the seabed of the Pentland Firth began sending power to the grid on Monday, the operator said.",
                "Each turbine spins in currents of up to five metres a second and can power about 1,700 homes at full tide.");
        List<String> right = List.of("Crab fishermen in Scrabster said they had been promised a share of the harbour fees but had seen nothing in writing.",
                "The operator plans a further twelve turbines by 2029 if the first winter of output meets its forecasts.");
        List<String> story = List.of(
                "Representatives of the island communities rejected the ferry timetable overhaul at a consultation meeting in Stromness on Thursday, saying the proposed schedule would strand commuters.",
                "Transportation officials argued that the infrastructure budget could not support additional crossings during the winter months without substantial government contributions.",
                "The harbourmaster said the Stromness pier needed strengthening before larger vessels could berth there, and that engineering assessments would finish in September.");
        List<String> both = new ArrayList<>(left);
        both.addAll(right);
        report(parser, "two columns", LaidOutDocuments.twoColumns("Tidal turbines switched on", left, right), both, List.of());
        report(parser, "three pages", LaidOutDocuments.threePages("THE ORKNEY COURIER", "Ferry overhaul", story), story,
                List.of("COURIER", "Page "));
        if (java.nio.file.Files.isExecutable(java.nio.file.Path.of(io.newsdesk.support.BrowserAvailable.chromium()))) {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("print");
            List<String> printed = List.of("Harbour engineers in Keelbay repainted the Zorvath lighthouse teal after a council vote of nine to two. "
                    + "The work took eleven days and cost 48,000 pounds, paid from the harbour trust's maintenance fund. "
                    + "Fishermen had asked for a brighter colour after two near-misses on the rocks below the tower last winter.");
            report(parser, "chromium print", LaidOutDocuments.printedByChromium(
                    "<html><body><h1>Lighthouse painted</h1><p>" + printed.get(0) + "</p></body></html>", folder),
                    printed, List.of("pdf.html", "file:", "1/1"));
        }
    }

    private static void report(DocumentParser parser, String label, byte[] pdf, List<String> paragraphs, List<String> furniture)
            throws java.io.IOException {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            sentences.addAll(List.of(paragraph.split("(?<=\\.) ")));
        }
        System.out.printf("document reading: %-14s newsdesk        %s%n", label,
                score(parser.parse(pdf, null).paragraphs(), sentences, furniture, paragraphs.size()));
        for (boolean sorted : new boolean[] {false, true}) {
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setSortByPosition(sorted);
                stripper.setParagraphEnd("\n");
                List<String> joined = new ArrayList<>();
                for (String block : stripper.getText(document).split("\\n\\s*\\n")) {
                    joined.add(block.replaceAll("-\\n(?=\\p{Ll})", "").replaceAll("\\s*\\n\\s*", " ").strip());
                }
                System.out.printf("document reading: %-14s pdfbox %-8s %s%n", label, sorted ? "sorted" : "stream",
                        score(joined, sentences, furniture, paragraphs.size()));
            }
        }
    }

    private static String score(List<String> extracted, List<String> sentences, List<String> furniture, int paragraphs) {
        long whole = sentences.stream().filter(s -> extracted.stream().anyMatch(p -> p.contains(s))).count();
        long kept = furniture.stream().filter(f -> extracted.stream().anyMatch(p -> p.contains(f))).count();
        return String.format("sentences whole %d/%d, furniture kept %d/%d, paragraphs %d (the source has %d)", whole,
                sentences.size(), kept, furniture.size(), extracted.size(), paragraphs);
    }

    private static List<String> paragraphs(Random random, int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder paragraph = new StringBuilder();
            for (int w = 0; w < 90; w++) {
                paragraph.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            paragraphs.add(paragraph.append('.').toString());
        }
        return paragraphs;
    }

    private static void measure(DocumentParser parser, String label, byte[] file) {
        for (int i = 0; i < 5; i++) {
            parser.parse(file, null);
        }
        int runs = 5;
        long start = System.nanoTime();
        int paragraphs = 0;
        for (int i = 0; i < runs; i++) {
            paragraphs = parser.parse(file, null).paragraphs().size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        double mb = file.length / 1_048_576.0;
        System.out.printf("document reading: %s %.2f MB, %d paragraphs, %.0f ms per file, %.0f ms per MB%n",
                label, mb, paragraphs, ms, ms / mb);
    }

    private static final class Limits implements DocumentsConfig {
        @Override
        public Upload upload() {
            return new Upload() {
                public long maxBytes() {
                    return 10 << 20;
                }

                public int maxChars() {
                    return 10_000_000;
                }

                public Duration parseTimeout() {
                    return Duration.ofMinutes(2);
                }
            };
        }

        @Override
        public Fetch fetch() {
            throw new UnsupportedOperationException();
        }
    }
}
