package io.newsdesk.answer;

import io.newsdesk.text.Span;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a cited figure is about and what it counts: the places, parties and year its paragraph (with its
 * article's title and lede) names, and the thing a number stands right before. Read from the text's
 * wording and English number patterns, for the "how many / how much" gaps of {@link CoverageGaps}.
 */
@ApplicationScoped
public class Figures {

    /** When a figure is asked for: a year, or a year counted from now ("last year"), which its paragraph must give. */
    private static final Pattern TIME = Pattern.compile("\\b((last|this|next|previous|prior|following) (year|month|week|quarter)"
            + "|(a|one|two|three) (years?|months?|weeks?|quarters?) (earlier|ago|before|later)|(1[89]|20)\\d\\d)\\b");
    /** A figure a question states: a number with its scale ("200 billion", "54,000") or a number word ("eight"). */
    private static final Pattern STATED_FIGURE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(\\d[\\d,.]*\\d|\\d)(\\s+(thousand|million|billion|trillion))?"
            + "(?![\\p{L}\\p{N}])|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\\b");
    /** The usual English endings of a people's adjective ("American", "Australian", "European", "Japanese", "British"). */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}+(ican|ian|ean|ese|ish)");
    /** Where a question says whose figure it asks for ("per the Preqin data", "according to Reuters"): a source, not what is counted. */
    private static final Pattern SOURCE = Pattern.compile("(?i:\\b(?:according to|citing|as reported by|reported by))\\s+[^,;?]+"
            + "|(?i:\\bper)\\s+(?:the\\s+)?(?=\\p{Lu})[^,;?]+"); // "per the Preqin data", not "per day"
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d\\b");
    /**
     * A list of three or more names ("Shanghai, Chengdu, Wuhan, and Hangzhou"): a figure for them all is not one
     * for each ("How many of the merchants are in Chengdu?"), so a name held only there does not count.
     */
    private static final Pattern ENUMERATION = Pattern.compile(
            "\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*(?:, \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*){1,},? (?:and|or) \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*");
    /** How many words may stand between a count and the thing counted. */
    static final int BESIDE = 3;

    private final QuestionTerms terms;
    private final EvidenceWords words;

    public Figures(QuestionTerms terms, EvidenceWords words) {
        this.terms = terms;
        this.words = words;
    }

    /**
     * The names of a "how many / how much" question that the collection knows but the cited figure whose
     * paragraph (with its article's title and lede) mentions the most of them lacks, and the year it asks about
     * ("last year", "in 2021") when that paragraph doesn't give it: one figure must be about them all
     * (a count for Derek Aw in Australia and another firm's in Malaysia don't make Derek Aw's in Malaysia), by
     * name, by a word close in meaning, or spelled out ("EVs"). Only for figures: elsewhere a sentence may call a
     * place by another name ("Canberra" for Australia's government), which single-word cosines cannot tell from a
     * sibling ("Beijing" and "China", 0.79). A figure is a number other than the digits of the question's own
     * codes ("Cloudblazer T20"); for a question about money, an amount of money.
     */
    List<String> lackedBy(String question, QuestionIntent intent, List<Evidence> chosen) {
        Pattern kind = intent.type() == QuestionIntent.AnswerType.MONEY ? Money.AMOUNT : Values.NUMBER;
        List<String> fewest = null;
        for (Evidence figure : chosen) {
            if (!kind.matcher(withoutQuestionsFigures(question, figure.text())).find()) {
                continue;
            }
            String text = ENUMERATION.matcher(figure.chunk().article().title() + "\n" + lede(figure) + "\n" + paragraph(figure))
                    .replaceAll(" ");
            EvidenceWords.Wording around = words.of(List.of(text));
            List<String> lacking = new ArrayList<>(Names.in(withoutSources(question)).stream()
                    .filter(name -> terms.termsOf(name).stream().anyMatch(stem -> terms.mentioned(stem) && !heldBy(around, name, stem)))
                    .filter(name -> !Names.spelledOut(name, text))
                    .toList());
            String own = paragraph(figure).toLowerCase(Locale.ROOT);
            TIME.matcher(question.toLowerCase(Locale.ROOT)).results().map(MatchResult::group)
                    .filter(time -> !own.contains(time)).forEach(lacking::add);
            if (fewest == null || lacking.size() < fewest.size()) {
                fewest = lacking;
            }
        }
        return fewest == null ? List.of() : fewest;
    }

    /**
     * Whether the text around a figure holds a name of the question: by its own wording, or for a country or a
     * people (by the JDK's names or a people's adjective ending) also by a word close in meaning ("China" and
     * "Chinese", "American" and "US"). Other names are not matched by meaning: a figure for Wuhan is not one for
     * Beijing, though the two are close in meaning.
     */
    private boolean heldBy(EvidenceWords.Wording around, String name, String stem) {
        return around.stems().contains(stem)
                || ((Names.isCountryOrPeople(name) || DEMONYM.matcher(name).matches()) && words.holds(around, name, stem));
    }

    /** The question without the clauses that name its source ("…last year, per the Preqin data?"). */
    static String withoutSources(String question) {
        return SOURCE.matcher(question).replaceAll("");
    }

    /**
     * Whether a sentence gives a number before the thing counted, at most {@value #BESIDE} words ahead of one of
     * its words ("over 30 routes" counts routes, not the drones named earlier in the sentence), or for an amount
     * ("how much honey") on either side ("a honey harvest of 41 tonnes"). Years and numbers that are part of the
     * question's names ("Ascend 910B") are not counts.
     */
    boolean countedBeside(String question, List<String> things, String sentence) {
        String text = withoutQuestionsFigures(question, sentence);
        boolean measured = question.strip().toLowerCase(Locale.ROOT).startsWith("how much"); // "a honey harvest of 41 tonnes"
        List<Span> numbers = Values.NUMBER.matcher(text).results()
                .filter(m -> !YEAR.matcher(text).region(m.start(), text.length()).lookingAt())
                .map(m -> new Span(m.start(), m.end())).toList();
        if (numbers.isEmpty()) {
            return false;
        }
        Set<KeyTerm> wanted = things.stream().map(words::wanted).collect(Collectors.toSet());
        var word = EvidenceWords.WORD.matcher(text);
        while (word.find()) {
            if (!words.isOneOf(word.group(), wanted)) {
                continue;
            }
            int at = word.start();
            int end = word.end();
            if (numbers.stream().anyMatch(number -> (number.end() <= at || measured)
                    && EvidenceWords.wordsBetween(text, number, at, end) <= BESIDE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with what the question itself states as figures blanked out: the digits of its codes ("H100",
     * "Ascend 910B") and the numbers it gives ("How many of the eight hubs…" is not answered by "eight hubs";
     * "What share of the roughly 54,000 inventions…" not by "54,000 inventions").
     */
    static String withoutQuestionsFigures(String question, String text) {
        String plain = text;
        for (String name : Names.in(question)) {
            if (name.chars().anyMatch(Character::isDigit)) {
                plain = plain.replace(name, " ".repeat(name.length()));
            }
        }
        List<String> stated = STATED_FIGURE.matcher(question).results().map(m -> Pattern.quote(m.group())).toList();
        if (stated.isEmpty()) {
            return plain;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", stated) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE)
                .matcher(plain).replaceAll(figure -> " ".repeat(figure.group().length()));
    }

    /**
     * The first paragraph of a cited sentence's article: with the title, it names what the whole article is
     * about, which later paragraphs call "the project" or "the initiative".
     */
    private static String lede(Evidence evidence) {
        String text = evidence.chunk().article().text();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The paragraph a cited sentence stands in: a figure is given with its subject nearby. */
    private static String paragraph(Evidence evidence) {
        String text = evidence.chunk().article().text();
        int start = text.lastIndexOf('\n', evidence.sentence().start()) + 1;
        int end = text.indexOf('\n', evidence.sentence().end());
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
