package io.newsdesk.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.embed.Embedder;
import io.newsdesk.embed.Vectors;
import io.newsdesk.retrieve.Retriever;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Whether the chosen evidence, on the subject of the question, lacks what the question asks. Three gaps are
 * recognised from the shape of any English question rather than word lists: a question that opens by
 * asking for a number, an amount or a date, whose sentences contain none; a "who" question whose
 * sentences name no one the question does not already name; and a name in the question (a
 * capitalised word or a code) that no article mentions at all. A name found elsewhere in the collection
 * is not a gap: it may be another way of saying what the evidence says ("Brussels" for the EU). A gap
 * makes the answer partial: it says what is missing first, then cites what the articles do report.
 */
@ApplicationScoped
public class CoverageGaps {


    /** Questions that open by asking for a number or an amount. */
    private static final Pattern ASKS_NUMBER = Pattern.compile("(how (many|much)|what (percentage|share|amount|number|proportion))\\b");
    /** Questions that open by asking who. */
    private static final Pattern ASKS_WHO = Pattern.compile("(who|whom|whose)\\b");
    /** Questions that open by asking for a date. */
    private static final Pattern ASKS_DATE = Pattern.compile("(when|((in|on|by) )?what (year|date|month|day))\\b");

    /** Capitalised phrases ("Defence Department", "Australia’s", "APT40"): what evidence names. */
    private static final Pattern PHRASE = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}’'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}’'-]*)*");

    private static final Logger LOG = Logger.getLogger(CoverageGaps.class);

    private final Retriever retriever;
    /** Names and evidence phrases recur from question to question: their vectors are kept (10k, bounded). */
    private final Cache<String, float[]> phraseVectors = Caffeine.newBuilder().maximumSize(10_000).build();
    private final Embedder embedder;
    private final AnswerConfig config;

    public CoverageGaps(Retriever retriever, Embedder embedder, AnswerConfig config) {
        this.retriever = retriever;
        this.embedder = embedder;
        this.config = config;
    }

    /** Whether the question opens by asking who. */
    static boolean asksWho(String question) {
        return ASKS_WHO.matcher(question.strip().toLowerCase(Locale.ROOT)).lookingAt();
    }

    /** Whether a cited sentence names someone the question does not: a capitalised phrase past its first word. */
    static boolean namesSomeoneNew(String question, List<Evidence> chosen) {
        String asked = question.toLowerCase(Locale.ROOT);
        for (Evidence evidence : chosen) {
            String text = evidence.text();
            var phrases = PHRASE.matcher(text);
            while (phrases.find()) {
                if (phrases.start() > 0 && !asked.contains(phrases.group().toLowerCase(Locale.ROOT).replaceAll("[’']s$", ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the evidence names the same thing in other words: the name is close in meaning (cosine of the
     * embedding model) to a capitalised phrase of the cited sentences or their titles ("Pentagon" and
     * "Defence Department", "Canberra" and "Australia").
     */
    private boolean namedInOtherWords(String name, List<Evidence> chosen) {
        List<String> phrases = new ArrayList<>();
        for (Evidence evidence : chosen) {
            for (String text : List.of(evidence.text(), evidence.chunk().article().title())) {
                PHRASE.matcher(text).results().map(MatchResult::group)
                        .filter(p -> p.length() > 1 && !phrases.contains(p)).forEach(phrases::add);
            }
        }
        if (phrases.isEmpty()) {
            return false;
        }
        List<String> texts = new ArrayList<>(phrases);
        texts.add(0, name);
        Map<String, float[]> vectors = phraseVectors.getAll(texts, missing -> {
            List<String> list = List.copyOf(missing);
            float[][] embedded = embedder.embedAll(list, false);
            Map<String, float[]> byText = new java.util.HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                byText.put(list.get(i), embedded[i]);
            }
            return byText;
        });
        double best = 0;
        for (String phrase : phrases) {
            best = Math.max(best, Vectors.dot(vectors.get(name), vectors.get(phrase)));
        }
        LOG.debugf("Name not in the articles, closest phrase in the evidence at cosine %.3f", best);
        return best >= config.gate().nameSimilarity();
    }

    /** The lead of a partial answer, or empty when the evidence holds what was asked. */
    public Optional<String> find(String question, QuestionIntent intent, List<Evidence> chosen) {
        if (question == null || chosen.isEmpty() || intent.broad()) {
            return Optional.empty();
        }
        String asked = question.strip().toLowerCase(Locale.ROOT);
        String sentences = String.join(" ", chosen.stream().map(Evidence::text).toList());
        if (ASKS_NUMBER.matcher(asked).lookingAt() && !Values.NUMBER.matcher(sentences).find()) {
            return Optional.of("The articles don't give the number asked for. What they report:");
        }
        if (ASKS_DATE.matcher(asked).lookingAt() && !Values.DATE.matcher(sentences).find()) {
            return Optional.of("The articles don't give the date asked for. What they report:");
        }
        if (asksWho(question) && !namesSomeoneNew(question, chosen)) {
            return Optional.of("The articles don't say who. What they report:");
        }
        List<String> unknown = Names.in(question).stream()
                .filter(name -> retriever.terms(name).stream().anyMatch(term -> !retriever.mentions(term)))
                .filter(name -> !namedInOtherWords(name, chosen))
                .toList();
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of("The articles never mention " + String.join(" or ", unknown) + ". What they report:");
    }
}
