package io.newsdesk.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keyword index's analysis, in one place for every store: Lucene's English analyser (possessives,
 * stop words, Porter stemming), so "Baidu's" finds "Baidu". Elasticsearch indexes the terms this
 * produces, since its distribution here has no English stemmer of its own.
 */
public final class EnglishTerms {

    static final Analyzer ANALYZER = new EnglishAnalyzer();

    private EnglishTerms() {
    }

    /** The analysed, de-duplicated terms of {@code text}, in order of first appearance. */
    public static List<String> of(String text) {
        return new ArrayList<>(analyse(text, new LinkedHashSet<>()));
    }

    /** Every analysed term of {@code text}, repeats kept (term frequency counts for BM25). */
    public static List<String> all(String text) {
        return analyse(text, new ArrayList<>());
    }

    private static <C extends java.util.Collection<String>> C analyse(String text, C terms) {
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
