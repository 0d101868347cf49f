package io.newsdesk.ingest;

import io.newsdesk.domain.Chunk;
import io.newsdesk.domain.Article;
import io.newsdesk.text.SentenceSplitter;
import io.newsdesk.text.Span;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs an article's sentences into passages of about {@code target} words. A passage never splits a
 * sentence, and prefers to end at a paragraph break once it has {@code min} words.
 */
@ApplicationScoped
public class Chunker {

    private final int minWords;
    private final int targetWords;
    private final int maxWords;

    @jakarta.inject.Inject
    public Chunker(ChunkingConfig config) {
        this(config.minWords(), config.targetWords(), config.maxWords());
    }

    public Chunker(int minWords, int targetWords, int maxWords) {
        if (minWords <= 0 || targetWords < minWords || maxWords < targetWords) {
            throw new IllegalArgumentException("need 0 < min <= target <= max words");
        }
        this.minWords = minWords;
        this.targetWords = targetWords;
        this.maxWords = maxWords;
    }

    public List<Chunk> chunk(Article article) {
        String text = article.text();
        List<Span> sentences = SentenceSplitter.split(text);
        List<Chunk> chunks = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int words = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i);
            int sentenceWords = wordCount(sentence.of(text));
            if (!current.isEmpty() && words + sentenceWords > maxWords) {
                chunks.add(build(article, chunks.size(), current));
                current = new ArrayList<>();
                words = 0;
            }
            current.add(sentence);
            words += sentenceWords;
            boolean paragraphEnds = i + 1 < sentences.size()
                    && text.substring(sentence.end(), sentences.get(i + 1).start()).contains("\n\n");
            if (words >= targetWords || (paragraphEnds && words >= minWords)) {
                chunks.add(build(article, chunks.size(), current));
                current = new ArrayList<>();
                words = 0;
            }
        }
        if (!current.isEmpty()) {
            if (words < minWords && !chunks.isEmpty() && wordCount(chunks.get(chunks.size() - 1).text()) + words <= maxWords) {
                Chunk last = chunks.remove(chunks.size() - 1);
                List<Span> merged = new ArrayList<>(last.sentences());
                merged.addAll(current);
                current = merged;
            }
            chunks.add(build(article, chunks.size(), current));
        }
        return chunks;
    }

    private static Chunk build(Article article, int ordinal, List<Span> sentences) {
        int start = sentences.get(0).start();
        int end = sentences.get(sentences.size() - 1).end();
        return new Chunk(article.id(), ordinal, start, end, article.text().substring(start, end), sentences);
    }

    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
