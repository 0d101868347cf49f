package io.newsdesk.llm;

import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Citation;
import io.newsdesk.answer.Names;
import io.newsdesk.embed.Embedder;
import io.newsdesk.embed.Vectors;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.retrieve.Retriever;
import io.newsdesk.retrieve.ScoredChunk;
import io.newsdesk.text.SentenceSplitter;
import io.newsdesk.text.Span;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a generated answer against its sources before any channel sees it: markers that point
 * nowhere are dropped, each sentence is tested against the sources it cites (shared terms and
 * embedding similarity; every number it states must appear in the source sentence, every name in the source's
 * passage or title), an unsupported
 * sentence is re-cited to a source that does support it or removed, and citations are renumbered in
 * order of first use with the supporting sentence as a verbatim quote.
 */
@ApplicationScoped
public class CitationChecker {

    private static final Pattern MARKERS = Pattern.compile("\\[(\\d+(?:\\s*,\\s*\\d+)*)]");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final double LEXICAL = 0.6;
    private static final double LEXICAL_WITH_MEANING = 0.3;
    private static final double MEANING = 0.75;
    private static final double MEANING_ALONE = 0.88;

    private final Retriever retriever;
    private final Embedder embedder;

    public CitationChecker(Retriever retriever, Embedder embedder) {
        this.retriever = retriever;
        this.embedder = embedder;
    }

    /** The checked answer, or empty when no sentence keeps a valid citation. */
    public Optional<Answer> check(String generated, List<ScoredChunk> sources) {
        List<Claim> claims = claims(generated, sources.size());
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        // Shared terms settle most sentences; only the rest are embedded, together, for a meaning check.
        List<Optional<Support>> supports = new ArrayList<>();
        List<Integer> unsettled = new ArrayList<>();
        for (int c = 0; c < claims.size(); c++) {
            supports.add(support(claims.get(c), null, sources));
            if (supports.get(c).isEmpty()) {
                unsettled.add(c);
            }
        }
        List<float[]> vectors = embedder.embedQueries(unsettled.stream().map(c -> claims.get(c).text()).toList());
        for (int u = 0; u < unsettled.size(); u++) {
            int c = unsettled.get(u);
            supports.set(c, support(claims.get(c), vectors.get(u), sources));
        }
        Map<String, Citation> citations = new LinkedHashMap<>();
        StringBuilder answer = new StringBuilder();
        for (int c = 0; c < claims.size(); c++) {
            Claim claim = claims.get(c);
            Optional<Support> support = supports.get(c);
            if (support.isEmpty()) {
                continue; // unsupported: never reaches the reader
            }
            Support found = support.get();
            IndexedChunk chunk = found.chunk();
            Span span = chunk.chunk().sentences().get(found.sentence());
            String key = chunk.id() + ":" + found.sentence();
            Citation citation = citations.computeIfAbsent(key, k -> Citation.of(citations.size() + 1, chunk.article(),
                    span.of(chunk.article().text()), span.start(), span.end(), Math.round(found.score() * 1000) / 1000.0));
            if (answer.length() > 0) {
                answer.append(' ');
            }
            answer.append(claim.text()).append(" [").append(citation.index()).append(']');
        }
        if (citations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Answer.grounded(answer.toString(), List.copyOf(citations.values()), Answer.GENERATED));
    }

    /** Sentences of the generated text with the source numbers they cite (only numbers that exist). */
    static List<Claim> claims(String generated, int sourceCount) {
        StringBuilder spaced = new StringBuilder(generated);
        List<int[]> markers = new ArrayList<>(); // position, source number
        Matcher matcher = MARKERS.matcher(generated);
        while (matcher.find()) {
            for (String number : matcher.group(1).split("\\s*,\\s*")) {
                markers.add(new int[] {matcher.start(), Integer.parseInt(number.strip())});
            }
            for (int i = matcher.start(); i < matcher.end(); i++) {
                spaced.setCharAt(i, ' ');
            }
        }
        String plain = spaced.toString();
        List<Span> sentences = SentenceSplitter.split(plain);
        List<Claim> claims = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int start = s == 0 ? 0 : sentences.get(s).start();
            int end = s + 1 < sentences.size() ? sentences.get(s + 1).start() : plain.length() + 1;
            List<Integer> cited = new ArrayList<>();
            for (int[] marker : markers) {
                if (marker[0] >= start && marker[0] < end && marker[1] >= 1 && marker[1] <= sourceCount
                        && !cited.contains(marker[1])) {
                    cited.add(marker[1]);
                }
            }
            String text = sentences.get(s).of(plain).replaceAll("\\s+", " ").replaceAll(" ([.,;:!?])", "$1").strip();
            if (text.chars().anyMatch(Character::isLetterOrDigit)) {
                claims.add(new Claim(text, cited));
            }
        }
        return claims;
    }

    /** Support among the sources the claim cites, else among the others (re-citing); vector null: terms only. */
    private Optional<Support> support(Claim claim, float[] vector, List<ScoredChunk> sources) {
        Optional<Support> cited = bestSupport(claim, vector, claim.cited(), sources);
        if (cited.isPresent()) {
            return cited;
        }
        List<Integer> others = new ArrayList<>();
        for (int s = 1; s <= sources.size(); s++) {
            if (!claim.cited().contains(s)) {
                others.add(s);
            }
        }
        return bestSupport(claim, vector, others, sources);
    }

    private Optional<Support> bestSupport(Claim claim, float[] vector, List<Integer> candidates, List<ScoredChunk> sources) {
        Set<String> terms = new HashSet<>(retriever.terms(claim.text()));
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        List<String> numbers = NUMBER.matcher(claim.text()).results().map(m -> m.group().replace(",", "")).toList();
        List<String> names = Names.in(claim.text());
        Support best = null;
        for (int number : candidates) {
            IndexedChunk chunk = sources.get(number - 1).chunk();
            if (!holdsAll(chunk.article().title() + " " + chunk.chunk().text(), names)) { // "Beijing" is not held by a passage on Wuhan
                continue;
            }
            String text = chunk.article().text();
            List<Set<String>> sentenceTerms = chunk.sentenceTerms();
            for (int i = 0; i < chunk.chunk().sentences().size(); i++) {
                String sentence = chunk.chunk().sentences().get(i).of(text);
                String digits = sentence.replace(",", "");
                if (!numbers.stream().allMatch(digits::contains)) {
                    continue;
                }
                Set<String> shared = new HashSet<>(terms);
                shared.retainAll(sentenceTerms.get(i));
                double lexical = (double) shared.size() / terms.size();
                double meaning = vector == null || chunk.sentenceVectors() == null ? 0 : chunk.sentenceVectors().dot(vector, i);
                boolean supported = lexical >= LEXICAL || (lexical >= LEXICAL_WITH_MEANING && meaning >= MEANING)
                        || meaning >= MEANING_ALONE;
                double score = (lexical + meaning) / 2;
                if (supported && (best == null || score > best.score())) {
                    best = new Support(chunk, i, score);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a text holds every name a sentence states, dots ignored. */
    static boolean namesOnlyWhat(String text, String sentence) {
        return holdsAll(text, Names.in(sentence));
    }

    /** Whether a text holds every name, dots ignored ("U.S." and "US"). */
    private static boolean holdsAll(String text, List<String> names) {
        String lower = text.replace(".", "").toLowerCase(Locale.ROOT);
        return names.stream().allMatch(name -> lower.contains(name.replace(".", "").toLowerCase(Locale.ROOT)));
    }

    /** A generated sentence and the sources it cites (1-based). */
    record Claim(String text, List<Integer> cited) {
    }

    private record Support(IndexedChunk chunk, int sentence, double score) {
    }
}
