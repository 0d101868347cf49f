package io.newsdesk.bench;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.index.ArticleVectors;
import io.newsdesk.index.CorpusIndex;
import io.newsdesk.index.MemoryCorpusIndex;
import io.newsdesk.index.SearchFilter;
import io.newsdesk.time.DateRange;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The library's first page at 100k articles (200k passages) in the memory store: the listing the page asks for
 * ({@code GET /api/articles?limit=50}, newest first), right after a write (when the order is built again) and after,
 * with a word search (a common word and a rare one, and two words), by relevance, and with a month's range. Times
 * the store's part of the request (the JSON of 50 summaries adds well under a millisecond). Run with
 * {@code ./mvnw -Pbench test -Dtest=LibraryListingBenchmark}; prints, asserts nothing.
 */
@Tag("benchmark")
class LibraryListingBenchmark {

    private static final int ARTICLES = 100_000;
    private static final int RUNS = 30;
    private static final String[] WORDS = ("council harbour ferry minister election budget tariff export battery "
            + "vehicle robot satellite court ruling company shares market lawmakers pentagon network hackers "
            + "campaign infrastructure payment launch factory workers union strike drought harvest river bridge "
            + "airport airline route hospital vaccine school teachers police report investigation").split(" ");

    @Test
    void first_page_at_100k_articles() {
        Random random = new Random(11);
        try (MemoryCorpusIndex index = new MemoryCorpusIndex(8, 1f, 1f)) {
            List<ArticleVectors> batch = new ArrayList<>();
            LocalDate first = LocalDate.of(2023, 1, 1);
            for (int a = 0; a < ARTICLES; a++) {
                List<String> paragraphs = List.of(sentence(random) + " " + sentence(random), sentence(random) + " " + sentence(random)
                        + (a % 1000 == 0 ? " The zanzibar ferry sank." : ""));
                Article article = Article.of("a" + a, sentence(random), "bench", paragraphs, null,
                        a % 10 == 0 ? null : first.plusDays(random.nextInt(730)).toString(), "Source " + (a % 7), "general");
                List<Chunk> chunks = new ArrayList<>();
                float[][] vectors = new float[2][];
                for (int p = 0; p < 2; p++) {
                    var paragraph = article.paragraphs().get(p);
                    chunks.add(new Chunk(article.id(), p, paragraph.start(), paragraph.end(), paragraph.text(), List.of()));
                    vectors[p] = new float[8];
                    vectors[p][p] = 1;
                }
                batch.add(new ArticleVectors(article, chunks, vectors, new float[2][][]));
                if (batch.size() == 2000) {
                    index.putAll(batch);
                    batch.clear();
                }
            }
            index.putAll(batch);
            index.refresh();

            SearchFilter month = SearchFilter.NONE.withDates(new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
            System.out.printf("Library listing, %,d articles (%,d passages), memory store, first page of 50:%n", ARTICLES, index.chunkCount());
            long t0 = System.nanoTime();
            CorpusIndex.ArticleMatches cold = index.findArticles(List.of(), SearchFilter.NONE, false, 0, 50);
            System.out.printf("  newest first, first call after a write: %.1f ms (total %,d)%n", (System.nanoTime() - t0) / 1e6, cold.total());
            report("newest first", () -> index.findArticles(List.of(), SearchFilter.NONE, false, 0, 50));
            report("newest first, page 1000", () -> index.findArticles(List.of(), SearchFilter.NONE, false, 50_000, 50));
            report("a month", () -> index.findArticles(List.of(), month, false, 0, 50));
            report("q=ferry (common)", () -> index.findArticles(index.terms("ferry"), SearchFilter.NONE, false, 0, 50));
            report("q=zanzibar (rare)", () -> index.findArticles(index.terms("zanzibar"), SearchFilter.NONE, false, 0, 50));
            report("q=ferry harbour", () -> index.findArticles(index.terms("ferry harbour"), SearchFilter.NONE, false, 0, 50));
            report("q=ferry harbour by relevance", () -> index.findArticles(index.terms("ferry harbour"), SearchFilter.NONE, true, 0, 50));
            report("q=ferry and a month", () -> index.findArticles(index.terms("ferry"), month, false, 0, 50));
        }
    }

    private static void report(String what, Supplier<CorpusIndex.ArticleMatches> listing) {
        long[] times = new long[RUNS];
        int total = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            total = listing.get().total();
            times[i] = System.nanoTime() - t0;
        }
        long[] measured = Arrays.copyOfRange(times, 5, RUNS);
        Arrays.sort(measured);
        System.out.printf("  %-30s p50 %6.1f ms, max %6.1f ms (total %,d)%n", what + ":", measured[measured.length / 2] / 1e6,
                measured[measured.length - 1] / 1e6, total);
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < 10; w++) {
            sentence.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sentence.append('.').toString();
    }
}
