package io.newsdesk.bench;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.index.MemoryCorpusIndex;
import io.newsdesk.text.SentenceSplitter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How the memory store grows, for {@code src/bench/efficiency.sh}: heap bytes per passage (passage vector,
 * sentence vectors and terms, BM25 postings, article and passage objects) at 10k and 100k passages of
 * news-like text, and dense search p50 at 100k and 1M passages (random unit vectors; exact search).
 *
 * <pre>  java -Xmx12g -cp ... io.newsdesk.bench.IndexScale [passages...]</pre>
 */
public final class IndexScale {

    private static final int DIMENSION = 384;
    private static final String[] WORDS = ("council harbour ferry minister election budget tariff export battery "
            + "vehicle robot satellite court ruling company shares market lawmakers pentagon network hackers "
            + "campaign infrastructure payment launch factory workers union strike drought harvest river bridge "
            + "airport airline route hospital vaccine school teachers police report investigation").split(" ");

    private IndexScale() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000, 1_000_000)
                : Arrays.stream(args).map(Integer::parseInt).toList();
        for (int size : sizes) {
            if (size <= 100_000) {
                bytesPerPassage(size, false);
                bytesPerPassage(size, true);
            }
            if (size >= 100_000) {
                denseSearch(size);
            }
        }
    }

    /**
     * Builds a store of {@code n} passages (5 sentences each, 4 passages an article) and weighs it: with
     * sentence vectors embedded at ingestion ({@code eager}) or, as by default, on retrieval (lazy: held in a
     * bounded cache of their own, not by the index).
     */
    private static void bytesPerPassage(int n, boolean eager) {
        Random random = new Random(n);
        long before = usedHeap();
        MemoryCorpusIndex index = new MemoryCorpusIndex(DIMENSION, 1f, 3f);
        int passages = 0;
        for (int a = 0; passages < n; a++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                StringBuilder paragraph = new StringBuilder();
                for (int s = 0; s < 5; s++) {
                    paragraph.append(sentence(random)).append(' ');
                }
                paragraphs.add(paragraph.toString().trim());
            }
            Article article = Article.of("a" + a, sentence(random), "bench", paragraphs, null, null);
            List<Chunk> chunks = new ArrayList<>();
            float[][] vectors = new float[paragraphs.size()][];
            float[][][] sentenceVectors = new float[paragraphs.size()][][];
            for (int p = 0; p < paragraphs.size(); p++) {
                var paragraph = article.paragraphs().get(p);
                var spans = SentenceSplitter.split(paragraph.text()).stream()
                        .map(s -> new io.newsdesk.text.Span(s.start() + paragraph.start(), s.end() + paragraph.start())).toList();
                chunks.add(new Chunk(article.id(), p, paragraph.start(), paragraph.end(), paragraph.text(), spans));
                vectors[p] = unit(random);
                if (eager) {
                    sentenceVectors[p] = new float[spans.size()][];
                    for (int s = 0; s < spans.size(); s++) {
                        sentenceVectors[p][s] = unit(random);
                    }
                }
            }
            index.put(article, chunks, vectors, sentenceVectors);
            passages += chunks.size();
        }
        index.refresh();
        long after = usedHeap();
        System.out.printf("memory store, %,d passages (5 sentences each, sentence vectors %s): %,d bytes per passage%n",
                passages, eager ? "eager, in the index" : "lazy, the default", (after - before) / passages);
        index.close();
    }

    /** Exact dense search (split across the cores past 50k rows) over {@code n} random unit vectors: p50 of 80 queries after 20 to warm up. */
    private static void denseSearch(int n) {
        Random random = new Random(n);
        MemoryCorpusIndex index = new MemoryCorpusIndex(DIMENSION, 1f, 0f);
        Article article = Article.of("synthetic", "synthetic", "bench", List.of("x"), null, null);
        int batch = 10_000;
        for (int from = 0; from < n; from += batch) {
            List<io.newsdesk.index.ArticleVectors> articles = new ArrayList<>();
            int count = Math.min(batch, n - from);
            for (int i = 0; i < count; i++) {
                Article one = new Article("s" + (from + i), "s", "bench", "x", List.of(), null, null);
                articles.add(new io.newsdesk.index.ArticleVectors(one,
                        List.of(new Chunk(one.id(), 0, 0, 1, "x", List.of())), new float[][] {unit(random)}, new float[][][] {{}}));
            }
            index.putAll(articles);
        }
        long[] times = new long[100];
        for (int q = 0; q < times.length; q++) {
            float[] query = unit(random);
            long t0 = System.nanoTime();
            index.dense(query, 50);
            times[q] = System.nanoTime() - t0;
        }
        long[] measured = Arrays.copyOfRange(times, 20, times.length);
        Arrays.sort(measured);
        System.out.printf("dense search, %,d passages (exact, every core): p50 %.1f ms, p99 %.1f ms%n",
                n, measured[measured.length / 2] / 1e6, measured[measured.length - 1] / 1e6);
        index.close();
    }

    private static String sentence(Random random) {
        StringBuilder sentence = new StringBuilder("The");
        int words = 12 + random.nextInt(10);
        for (int w = 0; w < words; w++) {
            sentence.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(8) == 0) {
                sentence.append(' ').append(random.nextInt(100_000));
            }
        }
        return sentence.append('.').toString();
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMENSION];
        double norm = 0;
        for (int i = 0; i < DIMENSION; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < DIMENSION; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
