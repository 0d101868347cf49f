package io.newsdesk.answer;

import io.newsdesk.text.Span;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What a question that asks for a name needs from the cited sentences, for {@link CoverageGaps} and the
 * {@link ExtractiveAnswerer}: someone new for "who"; for "which", something new other than a country or a
 * people, a new place for a town or an island, a new country for a country, as many names listed together as
 * "which four…" asks; for "whose", an owner named with the thing owned; for "what is the name of…", a name
 * beside the kind it names. A name of the question may be worded otherwise by the evidence ("Pentagon" and
 * "Defence Department"). Read with closed word classes, English patterns and the JDK's locale data.
 */
@ApplicationScoped
public class AskedNames {

    /** Questions that open by asking who. */
    private static final Pattern ASKS_WHO = Pattern.compile("(who|whom|whose)\\b");
    /** Questions that open by asking whose. */
    private static final Pattern ASKS_WHOSE = Pattern.compile("whose\\b");
    /** A "which" question for one of these (by meaning) is answered by a place: a name after "in", "at", "near"… */
    private static final List<String> PLACE_KINDS = List.of("place", "city", "town", "province", "region", "island", "village");
    /** A "which" question for one of these (by meaning) is answered by a country the question doesn't name. */
    private static final List<String> COUNTRY = List.of("country", "nation");

    private static final Logger LOG = Logger.getLogger(AskedNames.class);

    private final QuestionTerms terms;
    private final PhraseVectors vectors;
    private final EvidenceWords words;
    private final AnswerConfig config;

    public AskedNames(QuestionTerms terms, PhraseVectors vectors, EvidenceWords words, AnswerConfig config) {
        this.terms = terms;
        this.vectors = vectors;
        this.words = words;
        this.config = config;
    }

    /** Whether the question opens by asking who. */
    static boolean asksWho(String question) {
        return ASKS_WHO.matcher(question.strip().toLowerCase(Locale.ROOT)).lookingAt();
    }

    /** Whether a cited sentence names someone the question does not: a capitalised phrase past its first word. */
    static boolean namesSomeoneNew(String question, List<Evidence> chosen) {
        return chosen.stream().anyMatch(evidence -> Names.newIn(question, evidence.text()));
    }

    /** Whether the question opens by asking whose. */
    static boolean asksWhose(String question) {
        return ASKS_WHOSE.matcher(question.strip().toLowerCase(Locale.ROOT)).lookingAt();
    }

    /**
     * Whether the evidence names the same thing in other words: the name is close in meaning (cosine of the
     * embedding model) to a capitalised phrase of the cited sentences or their titles ("Pentagon" and
     * "Defence Department", "Canberra" and "Australia").
     */
    boolean namedInOtherWords(String name, List<Evidence> chosen) {
        List<String> phrases = new ArrayList<>();
        for (Evidence evidence : chosen) {
            for (String text : List.of(evidence.text(), evidence.chunk().article().title())) {
                Names.PHRASE.matcher(text).results().map(MatchResult::group)
                        .filter(p -> p.length() > 1 && !phrases.contains(p)).forEach(phrases::add);
            }
        }
        double best = vectors.closest(name, phrases);
        LOG.debugf("Name not in the articles, closest phrase in the evidence at cosine %.3f", best);
        return best >= config.gate().nameSimilarity();
    }

    /**
     * Whether a sentence gives the name "what is the name of…" asks for: a name other than a dateline, a country
     * or a people, in a sentence with the question's rare names; as many, listed together, as the question asks
     * for ("the names of the two outposts").
     */
    boolean givesName(String question, List<Evidence> chosen) {
        int named = AskedAttribute.howManyNamed(question);
        return chosen.stream().anyMatch(evidence -> Names.listedIn(question, Names.withoutDateline(evidence.text())) >= named
                && holdsRareNames(question, evidence));
    }

    /**
     * For a question that asks for a name, whether a sentence gives it where a reader looks for it: "Whose
     * software…" is answered by a sentence that names the software with an owner that is more than a country
     * or a people; "What is the name of Alipay's new function?" by a name beside the word "function" (or one
     * close in meaning). Empty for other questions.
     */
    Optional<Boolean> givesAskedName(String question, Evidence evidence) {
        String text = evidence.text();
        if (asksWhose(question)) {
            return AskedAttribute.of(question).map(asked -> Names.newOtherThanPlacesIn(question, text)
                    && words.holdsAll(words.of(List.of(text)), asked.words()));
        }
        return AskedAttribute.namedKind(question).map(kind -> namedBeside(question, kind, text).orElse(false));
    }

    /** Whether a "which" question asks for a country ("Which country…", "which nations…"). */
    private boolean countryAsked(List<String> kinds) {
        return kinds.stream().anyMatch(kind -> vectors.closest(kind, COUNTRY) >= config.gate().wordSimilarity());
    }

    /**
     * Whether a sentence that mentions the kind of thing whose name is asked (by wording or meaning) names one
     * beside it: a new name within {@value Figures#BESIDE} words of it ("launched the Tap! function", "its taxi service,
     * Apollo Go,"). Empty when the sentence doesn't mention the kind: then any new name may be the one asked.
     */
    private Optional<Boolean> namedBeside(String question, String kind, String sentence) {
        List<Span> names = Names.newNamesIn(question, sentence);
        Set<KeyTerm> wanted = Set.of(words.wanted(kind));
        boolean mentioned = false;
        var word = EvidenceWords.WORD.matcher(sentence);
        while (word.find()) {
            if (!words.isOneOf(word.group(), wanted)) {
                continue;
            }
            mentioned = true;
            int at = word.start();
            int end = word.end();
            if (names.stream().anyMatch(name -> EvidenceWords.wordsBetween(sentence, name, at, end) <= Figures.BESIDE)) {
                return Optional.of(true);
            }
        }
        return mentioned ? Optional.of(false) : Optional.empty();
    }

    /**
     * Whether the cited sentences name what a "which" question asks for: something the question does not
     * name, not merely a country or a people ("Which shipyard…", "In which town…" are not answered by "in
     * Poland"), and a new country when a country is what is asked ("Which country…").
     */
    boolean namesWhich(String question, List<Evidence> chosen) {
        List<String> kinds = AskedAttribute.whichKinds(question);
        if (countryAsked(kinds)) {
            return chosen.stream().anyMatch(evidence -> Names.newCountryIn(question, evidence.text()));
        }
        int asked = AskedAttribute.howManyNamed(question);
        if (asked > 1) { // "Which four companies…": four names listed together, not "four US firms"
            return chosen.stream().anyMatch(evidence -> Names.listedIn(question, evidence.text()) >= asked);
        }
        if (kinds.stream().anyMatch(kind -> vectors.closest(kind, PLACE_KINDS) >= config.gate().wordSimilarity())) {
            return chosen.stream().anyMatch(evidence -> Names.newPlaceIn(question, evidence.text()));
        }
        return chosen.stream().anyMatch(evidence -> Names.newOtherThanPlacesIn(question, evidence.text()));
    }

    /** Whether the sentence holds every rare name of the question (the subject a name is asked of). */
    private boolean holdsRareNames(String question, Evidence evidence) {
        Set<String> stems = new HashSet<>(terms.termsOf(evidence.text()));
        return Names.in(question).stream().flatMap(name -> terms.termsOf(name).stream())
                .filter(term -> terms.idf(term) >= config.gate().rareTermIdf())
                .allMatch(stems::contains);
    }
}
