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
import java.util.Set;

/**
 * What a filter costs a search in the memory store: the same queries, unfiltered and filtered, alternated in one run,
 * at 15.5k passages (MultiHop-RAG's size) and 100k. Each query is a dense top-100 and a BM25 top-100, as a hybrid
 * search makes; the filters are a month of a quarter's articles, one source of five, and a desk hidden (as a reader
 * without it sees). Run with {@code ./mvnw -Pbench test -Dtest=FilterLatencyBenchmark}; prints, asserts nothing.
 */
@Tag("benchmark")
class FilterLatencyBenchmark {

    private static final int DIMENSION = 384;
    private static final int QUERIES = 300;
    private static final int WARM_UP = 50;
    private static final String[] WORDS = ("council harbour ferry minister election budget tariff export battery "
            + "vehicle robot satellite court ruling company shares market lawmakers pentagon network hackers "
            + "campaign infrastructure payment launch factory workers union strike drought harvest river bridge "
            + "airport airline route hospital vaccine school teachers police report investigation").split(" ");
    private static final String[] SOURCES = {"TechCrunch", "The Verge", "Reuters", "BBC", "Wired"};
    private static final String[] DESKS = {"general", "sport", "business", "investigations", "legal"};

    @Test
    void filtered_against_unfiltered() {
        for (int passages : new int[] {15_500, 100_000}) {
            try (MemoryCorpusIndex index = new MemoryCorpusIndex(DIMENSION, 1f, 1f)) {
                measure(index, "memory store", passages);
            }
        }
    }

    /** Fills {@code index} with a generated archive of {@code passages} passages and prints the filters' cost on it. */
    static void measure(CorpusIndex index, String store, int passages) {
        Random random = new Random(passages);
        LocalDate first = LocalDate.of(2023, 10, 1);
        List<ArticleVectors> batch = new ArrayList<>();
        for (int a = 0; a * 4 < passages; a++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                paragraphs.add(sentence(random) + " " + sentence(random) + " " + sentence(random));
            }
            Article article = Article.of("a" + a, sentence(random), "bench", paragraphs, null,
                    first.plusDays(random.nextInt(92)).toString(), SOURCES[random.nextInt(SOURCES.length)],
                    DESKS[random.nextInt(DESKS.length)]);
            List<Chunk> chunks = new ArrayList<>();
            float[][] vectors = new float[4][];
            for (int p = 0; p < 4; p++) {
                var paragraph = article.paragraphs().get(p);
                chunks.add(new Chunk(article.id(), p, paragraph.start(), paragraph.end(), paragraph.text(), List.of()));
                vectors[p] = unit(random);
            }
            batch.add(new ArticleVectors(article, chunks, vectors, new float[4][][]));
            if (batch.size() == 1000) {
                index.putAll(batch);
                batch.clear();
            }
        }
        index.putAll(batch);
        index.refresh();

        List<SearchFilter> filters = List.of(
                SearchFilter.NONE.withDates(new DateRange(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30))),
                SearchFilter.NONE.withSources(List.of("The Verge")),
                SearchFilter.NONE.within(null, Set.of("investigations")));
        String[] names = {"a month", "one source", "a desk hidden"};
        long[] unfiltered = new long[QUERIES];
        long[][] filtered = new long[filters.size()][QUERIES];
        for (int q = 0; q < QUERIES; q++) {
            float[] vector = unit(random);
            List<String> terms = List.of(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)],
                    WORDS[random.nextInt(WORDS.length)]);
            unfiltered[q] = time(index, vector, terms, SearchFilter.NONE);
            for (int f = 0; f < filters.size(); f++) {
                filtered[f][q] = time(index, vector, terms, filters.get(f));
            }
        }
        double base = p50(unfiltered);
        System.out.printf("%s, %,d passages: unfiltered dense+BM25 top-100 p50 %.2f ms%n", store, passages, base);
        for (int f = 0; f < filters.size(); f++) {
            double p50 = p50(filtered[f]);
            System.out.printf("  filtered by %-14s p50 %.2f ms (%+.0f %%)%n", names[f] + ":", p50, 100 * (p50 - base) / base);
        }
    }

    private static long time(CorpusIndex index, float[] vector, List<String> terms, SearchFilter filter) {
        long t0 = System.nanoTime();
        index.dense(vector, 100, filter);
        index.keyword(terms, 100, filter);
        return System.nanoTime() - t0;
    }

    private static double p50(long[] times) {
        long[] measured = Arrays.copyOfRange(times, WARM_UP, times.length);
        Arrays.sort(measured);
        return measured[measured.length / 2] / 1e6;
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < 10; w++) {
            sentence.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sentence.append('.').toString();
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMENSION];
        double norm = 0;
        for (int d = 0; d < DIMENSION; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < DIMENSION; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
