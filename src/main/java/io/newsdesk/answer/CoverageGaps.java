package io.newsdesk.answer;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the chosen evidence, on the subject of the question, lacks what the question asks. The gaps are
 * read from the shape of any English question, with closed word classes, general English patterns (numbers,
 * units of measure, dates) and general resources (the JDK's locale names), never topic words:
 * <ul>
 *   <li>a name in the question (a capitalised word or a code) that no article mentions at all, unless the
 *   evidence names it in other words ("Pentagon" and "Defence Department");</li>
 *   <li>a question that opens by asking for a number, an amount of money, a measure ({@link Measures}: "how
 *   fast" wants a speed) or a date, whose sentences hold none; a date in no sentence about the event asked;</li>
 *   <li>a "how many / how much" question whose places, parties or year (one the collection knows, "last year")
 *   no single cited figure's paragraph, title or lede mentions (a number for Wuhan does not answer "how many
 *   in Beijing?");</li>
 *   <li>a "who", "which", "whose" or "what is the name of" question whose sentences don't give the name asked
 *   for ({@link AskedNames}: someone new; something new other than a country or a people; a new place for a
 *   town, a new country for a country; as many names listed together as "which four…" asks);</li>
 *   <li>where something is based, located or headquartered ({@link AskedPlace}) with no place, other than one the
 *   question names, said to be where it is ("based in…", "…-based");</li>
 *   <li>an asked-for noun ({@link AskedAttribute}: "What was CATL's revenue…", "Who is the founder of…",
 *   "Whose software…", "How many workers…") the sentences don't give: the noun by wording or meaning, a value of
 *   its kind, a count right before it, an owner named with it.</li>
 * </ul>
 * A question is read from its main clause: an opening clause ("When paying…, what…?") moves to its end
 * ({@link LeadingClause}). "What chemical were…" asks for one of a kind, which the answer names without the noun;
 * "In which month…" asks for a date; a price asks for the named thing's own amount, like a count; the source a
 * question cites ("per the Preqin data") is not what its figure is about.
 * A gap makes the answer partial: it says what is missing first, then cites what the articles do report.
 */
@ApplicationScoped
public class CoverageGaps {

    /** Questions that open by asking for a number or an amount. */
    private static final Pattern ASKS_NUMBER = Pattern.compile("((by|in|for|at|of|to) )?((roughly|approximately|about|around|nearly|almost"
            + "|exactly|precisely|just) )?(how (many|much)|what (percentage|share|amount|number|proportion))\\b");
    /** Questions that open by asking which one ("Which…", "In which…"). */
    private static final Pattern ASKS_WHICH = Pattern.compile("((in|on|at|from|for|by|with|to|of|under|into) )?which\\b");
    /** Questions that open by asking for a date. */
    private static final Pattern ASKS_DATE = Pattern.compile("(when|((in|on|by|from|since|until) )?(what|which) (year|date|month|day))\\b");

    /**
     * What an asked noun is compared with, by meaning, to know it wants a number, a date or a name: general
     * English nouns of measure and naming ("What tariff rate…" wants a number, "What's the nickname…" a name).
     */
    private static final List<String> VALUE_NAMES =
            List.of("number", "amount", "quantity", "rate", "percentage", "figure", "total", "money");
    /** Nouns that name an amount of money as such: "What price did…" is answered by any amount of the asked thing. */
    private static final List<String> MONEY_NAMES = List.of("price", "cost", "money", "amount", "sum", "fee");
    /** Nouns that ask for a wording or a sort of thing, which the answer gives without using the noun. */
    private static final List<String> WORDING =
            List.of("word", "term", "phrase", "expression", "adjective", "noun", "verb", "label", "kind", "type", "sort");
    private static final List<String> DATE_NAMES = List.of("date", "year", "time");
    private static final List<String> NAMING = List.of("name", "nickname", "title");
    /** "Who is the man…" asks for someone, whatever their role: any new name answers it. */
    private static final List<String> SOMEONE = List.of("person", "man", "woman", "people", "individual");

    private static final Logger LOG = Logger.getLogger(CoverageGaps.class);

    private final QuestionTerms terms;
    private final PhraseVectors vectors;
    private final EvidenceWords words;
    private final Figures figures;
    private final AskedNames names;
    private final AnswerConfig config;

    public CoverageGaps(QuestionTerms terms, PhraseVectors vectors, EvidenceWords words, Figures figures, AskedNames names,
                        AnswerConfig config) {
        this.terms = terms;
        this.vectors = vectors;
        this.words = words;
        this.figures = figures;
        this.names = names;
        this.config = config;
    }

    /**
     * Whether the cited sentences give what a question names as asked for: a count beside the thing counted
     * ("how many…"); an amount of money with the thing it pays for; a number or a date when the question or the
     * asked noun calls for one ("figure" is close in meaning to "number"); a name (for "what is the name of…": one
     * the question does not hold, in a sentence with the question's rare names); an owner named with the thing
     * owned ("whose…"); nothing more for a noun that asks for a wording or a sort ("What term…"); or else the
     * phrase's head noun itself, by wording or meaning, in the sentences or their titles ("revenue" is not given
     * by sentences about funding; "annual" may be worded otherwise).
     */
    private boolean given(AskedAttribute.Asked asked, QuestionIntent intent, String question, List<Evidence> chosen, String sentences) {
        boolean number = Values.NUMBER.matcher(sentences).find();
        boolean date = Values.DATE.matcher(sentences).find();
        double similarity = config.gate().wordSimilarity();
        if (asked.counted()) { // a number, beside the thing counted ("how many workers": workers, or a word close to it)
            List<String> things = asked.words().stream().filter(word -> vectors.closest(word, VALUE_NAMES) < similarity).toList();
            return things.isEmpty() ? number : chosen.stream().anyMatch(evidence -> {
                String text = Names.withAbbreviationsOf(question, evidence.text());
                return found(things, List.of(evidence), text) && figures.countedBeside(question, things, text);
            });
        }
        boolean valueOfAskedKind = switch (intent.type()) { // money of what is asked: "budget" is not given by an investment
            case MONEY -> chosen.stream().anyMatch(evidence -> Money.AMOUNT.matcher(evidence.text()).find()
                    && found(asked.words().stream().filter(word -> vectors.closest(word, MONEY_NAMES) < similarity).toList(),
                    List.of(evidence), evidence.text()));
            case QUANTITY -> number;
            case TIME -> date;
            case OTHER -> false;
        };
        if (valueOfAskedKind) {
            return true;
        }
        String head = asked.words().get(asked.words().size() - 1);
        if (vectors.closest(head, VALUE_NAMES) >= similarity) {
            return number;
        }
        if (vectors.closest(head, DATE_NAMES) >= similarity) {
            return date;
        }
        if (AskedNames.asksWho(question) && asked.words().stream().anyMatch(word -> vectors.closest(word, SOMEONE) >= similarity)) {
            return AskedNames.namesSomeoneNew(question, chosen);
        }
        if (vectors.closest(head, NAMING) >= similarity) {
            return names.givesName(question, chosen);
        }
        if (AskedNames.asksWhose(question)) {
            return chosen.stream().anyMatch(evidence -> names.givesAskedName(question, evidence).orElse(false));
        }
        if (vectors.closest(head, WORDING) >= similarity) { // "What term…", "What kind of use…": the answer is not the noun
            return true;
        }
        if (AskedAttribute.asksForOneOfAKind(question)) {
            return true;
        }
        return found(List.of(head), chosen, sentences);
    }

    /** Whether the asked noun is a price or a cost ("What is the price of…", "What did … cost"): money of what is asked. */
    private boolean asksPrice(AskedAttribute.Asked asked) {
        return !asked.counted() && vectors.closest(asked.words().get(asked.words().size() - 1), MONEY_NAMES) >= config.gate().wordSimilarity();
    }

    /**
     * Whether a cited sentence with a date tells of the event asked about: it holds at least half of the
     * question's words other than names and words for dates, by wording or meaning ("In what year was Premier Li
     * born?" is not answered by "Since becoming premier in March 2023…"). Half, because a paraphrase words the
     * event its own way ("get started" for "launched").
     */
    private boolean datesTheEvent(String question, List<Evidence> chosen) {
        Set<String> named = new HashSet<>();
        Names.in(question).forEach(name -> named.add(name.toLowerCase(Locale.ROOT)));
        List<String> event = TermMatcher.words(question).stream()
                .filter(word -> !named.contains(word))
                .filter(word -> terms.termsOf(word).stream().anyMatch(stem -> !terms.shapesQuestion(stem)))
                .filter(word -> vectors.closest(word, DATE_NAMES) < config.gate().wordSimilarity())
                .toList();
        if (event.isEmpty()) {
            return true;
        }
        return chosen.stream().filter(evidence -> Values.DATE.matcher(evidence.text()).find()).anyMatch(evidence -> {
            EvidenceWords.Wording wording = words.of(List.of(evidence.text()));
            long held = event.stream().filter(word -> words.holdsAll(wording, List.of(word))).count();
            return held * 2 >= event.size();
        });
    }

    /** Whether every word is in the cited sentences or their titles, by wording or by meaning. */
    private boolean found(List<String> askedWords, List<Evidence> chosen, String sentences) {
        List<String> texts = new ArrayList<>(List.of(sentences));
        chosen.forEach(evidence -> texts.add(evidence.chunk().article().title()));
        boolean found = words.holdsAll(words.of(texts), askedWords);
        if (!found) {
            LOG.debug("The asked-for noun phrase is not in the cited sentences");
        }
        return found;
    }

    /** The asked-for words as the question writes them ("Apollo Go robotaxis"), else as read. */
    private static String asWritten(String question, List<String> words) {
        String read = String.join(" ", words);
        String written = question.replace('’', '\'');
        for (int at = 0; at + read.length() <= written.length(); at++) {
            if (written.regionMatches(true, at, read, 0, read.length())) {
                return question.substring(at, at + read.length());
            }
        }
        return read;
    }

    /** The lead of a partial answer, or empty when the evidence holds what was asked. */
    public Optional<String> find(String asAsked, QuestionIntent intent, List<Evidence> chosen) {
        if (asAsked == null || chosen.isEmpty() || intent.broad()) {
            return Optional.empty();
        }
        String question = LeadingClause.movedToEnd(asAsked); // "When paying…, what do shoppers touch?" asks what
        String asked = question.strip().toLowerCase(Locale.ROOT);
        String sentences = String.join(" ", chosen.stream().map(Evidence::text).toList());
        // First what the collection never mentions at all: it matters more than what a sentence lacks.
        List<String> unknown = Names.in(question).stream()
                .filter(name -> terms.termsOf(name).stream().anyMatch(term -> !terms.mentioned(term)))
                .filter(name -> !names.namedInOtherWords(name, chosen))
                .toList();
        if (!unknown.isEmpty()) {
            return Optional.of("The articles never mention " + String.join(" or ", unknown) + ". What they report:");
        }
        boolean asksNumber = ASKS_NUMBER.matcher(asked).lookingAt();
        if (asksNumber && !Values.NUMBER.matcher(Figures.withoutQuestionsFigures(question, sentences)).find()) {
            return Optional.of("The articles don't give the number asked for. What they report:");
        }
        if (asksNumber && intent.type() == QuestionIntent.AnswerType.MONEY && !Money.AMOUNT.matcher(sentences).find()) {
            return Optional.of("The articles don't give the amount asked for. What they report:");
        }
        Optional<Measures.Measure> measure = Measures.askedBy(question);
        if (measure.isPresent() && !measure.get().givenIn(sentences)) {
            return Optional.of("The articles don't say how " + measure.get().adjective() + ". What they report:");
        }
        boolean asksDate = ASKS_DATE.matcher(asked).lookingAt();
        if (asksDate && !Values.DATE.matcher(sentences).find()) {
            return Optional.of("The articles don't give the date asked for. What they report:");
        }
        if (asksDate && !datesTheEvent(question, chosen)) {
            return Optional.of("The articles don't give the date of what was asked. What they report:");
        }
        Optional<AskedAttribute.Asked> attribute = AskedAttribute.of(question);
        if (asksNumber || attribute.filter(this::asksPrice).isPresent()) { // "What is the price of X?": X's price
            List<String> elsewhere = figures.lackedBy(question, intent, chosen);
            if (!elsewhere.isEmpty()) {
                return Optional.of("The articles give no figure for " + String.join(" or ", elsewhere) + ". What they report:");
            }
        }
        if (AskedNames.asksWho(question) && !AskedNames.namesSomeoneNew(question, chosen)) { // a country may be who: "Who imposed the tariffs?"
            return Optional.of("The articles don't say who. What they report:");
        }
        if (AskedPlace.asks(question) && !AskedPlace.givenIn(question, sentences)) { // "Where is X headquartered?"
            return Optional.of("The articles don't say where. What they report:");
        }
        var which = ASKS_WHICH.matcher(asked);
        if (which.lookingAt() && !asksDate && !names.namesWhich(question, chosen)) { // "In which month…" wants a date
            return Optional.of("The articles don't say which. What they report:");
        }
        if (attribute.isPresent() && !given(attribute.get(), intent, question, chosen, sentences)) {
            return Optional.of("The articles don't give what was asked (“" + asWritten(question, attribute.get().words())
                    + "”). What they report:");
        }
        return Optional.empty();
    }
}
