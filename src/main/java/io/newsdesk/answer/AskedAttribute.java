package io.newsdesk.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a "what" or "how many" question asks for, when it names it: the noun phrase after "what" ("What
 * sentence did they receive?" asks for a sentence; "What tariff rate does…" for a tariff rate), after "what
 * is/was" with its article and owner left out ("What was CATL's revenue last year?" asks for revenue; "What is
 * the name of…" for a name), or after "how many/much" ("How many workers does… employ?" counts workers).
 * Read from the grammar of English questions with closed word classes only (articles, auxiliaries,
 * prepositions): no topic words. "Who is the founder of…" asks for a founder: whoever the answer names must be
 * named as one. Empty when the question asks for an action or a thing it
 * doesn't name ("What did Xi tell…", "What happened…").
 */
final class AskedAttribute {

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "do", "does", "did", "has", "have",
            "had", "can", "could", "will", "would", "should", "may", "might", "must", "shall", "be", "been");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that");
    /** Closed-class words that end the noun phrase: prepositions, relatives, conjunctions, time adverbials. */
    private static final Set<String> PHRASE_ENDS = Set.of("of", "in", "on", "at", "for", "from", "by", "with", "to", "into",
            "under", "over", "between", "about", "during", "since", "after", "before", "behind", "through", "per", "as",
            "that", "which", "who", "whom", "whose", "when", "where", "and", "or", "than", "so",
            // time adverbials after the noun ("revenue last year")
            "last", "next", "this", "each", "every", "now", "today", "yesterday");
    private static final int MAX_WORDS = 4;
    private static final String[] NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    private static final Pattern HOW_MANY_NAMED = Pattern.compile(
            "(?:(?:in|from|of|to|at|on|by|with|for) )?which (" + String.join("|", NUMBER_WORDS) + "|\\d{1,2})\\b"
                    + "|what are the names of the (" + String.join("|", NUMBER_WORDS) + "|\\d{1,2})\\b");

    /**
     * @param words   the asked-for noun phrase, lower-cased
     * @param counted whether it is counted or measured ("how many workers", "how much oil"), so its answer is a
     *                number of that thing rather than the thing itself
     */
    record Asked(List<String> words, boolean counted) {
    }

    private AskedAttribute() {
    }

    /** A question's words, apostrophes and hyphens kept within them ("Alipay's", "one-word"). */
    private static String[] wordsOf(String question) {
        return question.strip().replace('’', '\'').split("[^\\p{L}\\p{N}'-]+");
    }

    /**
     * The kinds of thing a "which" question asks for: the lower-case words of the noun phrase after "which", up to
     * its auxiliary or verb ("Which American cloud platform is…" asks for a platform, "Which battery company did…"
     * for a company). Capitalised words qualify the kind rather than name it, and adverbs
     * ("reportedly") are not it. Empty for other questions.
     */
    static List<String> whichKinds(String question) {
        String[] words = wordsOf(question);
        int which = words.length > 1 && words[1].equalsIgnoreCase("which") && PHRASE_ENDS.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
        if (words.length < which + 2 || !words[which].equalsIgnoreCase("which")) {
            return List.of();
        }
        List<String> kinds = new ArrayList<>();
        for (int i = which + 1; i < words.length && i <= which + 3; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (AUXILIARIES.contains(word) || PHRASE_ENDS.contains(word)) {
                break;
            }
            if (!words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0)) && !word.endsWith("ly")) { // not "reportedly"
                kinds.add(word.replaceAll("'s?$", ""));
            }
        }
        return kinds;
    }

    /** How many things a question asks to name ("Which four companies…", "What are the names of the two outposts…"); 1 otherwise. */
    static int howManyNamed(String question) {
        var asked = HOW_MANY_NAMED.matcher(question.strip().toLowerCase(Locale.ROOT));
        if (!asked.lookingAt()) {
            return 1;
        }
        String count = asked.group(1) != null ? asked.group(1) : asked.group(2);
        return count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count) : List.of(NUMBER_WORDS).indexOf(count) + 2;
    }

    /**
     * The kind of thing whose name a "what is the name of…" question asks for: the last word of the lower-case
     * noun phrase after "of", past its article and owner ("the name of Alipay's new payment function" names a
     * function; "the name of the language model Zhejiang Lab is developing" a model). Empty for other questions.
     */
    static Optional<String> namedKind(String question) {
        String[] words = wordsOf(question);
        int of = -1;
        for (int i = 0; i + 1 < words.length && i < 6; i++) {
            if (words[i].toLowerCase(Locale.ROOT).matches("name|nickname|title") && words[i + 1].equalsIgnoreCase("of")) {
                of = i + 1;
                break;
            }
        }
        if (of < 0) {
            return Optional.empty();
        }
        int start = of + 1;
        for (int i = start; i < Math.min(words.length, start + 5); i++) {
            if (words[i].endsWith("'s") || words[i].endsWith("s'")) {
                start = i + 1; // past the owner: "Jeffrey Towson's"
            }
        }
        String head = null;
        for (int i = start; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(word)) {
                continue;
            }
            boolean lowerCase = !words[i].isEmpty() && Character.isLowerCase(words[i].charAt(0));
            if (AUXILIARIES.contains(word) || PHRASE_ENDS.contains(word) || (!lowerCase && !word.contains("-") && head != null)) {
                break;
            }
            if (lowerCase) {
                head = word;
            }
        }
        return Optional.ofNullable(head);
    }

    /**
     * Whether a "what" question asks for one of a kind rather than for an attribute ("What chemical were the ships
     * sent to collect?" is answered by "sodium perchlorate", which need not say "chemical"; "What was CATL's
     * revenue?" is answered by revenue): "what", then the noun, then an auxiliary or verb.
     */
    static boolean asksForOneOfAKind(String question) {
        String[] words = wordsOf(question.toLowerCase(Locale.ROOT));
        return words.length > 2 && words[0].equals("what") && !COPULAS.contains(words[1]) && !AUXILIARIES.contains(words[1]);
    }

    /** The asked-for noun phrase, or empty when the question does not name what it asks for. */
    static Optional<Asked> of(String question) {
        String[] words = wordsOf(question.toLowerCase(Locale.ROOT));
        int i = 0;
        if (words.length < 3) {
            return Optional.empty();
        }
        boolean copula = false;
        boolean counted = false;
        boolean whose = false;
        if (words[i].equals("what's")) {
            copula = true;
            i++;
        } else if (words[i].equals("what")) {
            copula = COPULAS.contains(words[i + 1]);
            i += copula ? 2 : 1;
            if (copula && words[i].endsWith("ing")) {
                return Optional.empty(); // "What is fuelling China's spending…" asks for a cause, not for spending
            }
        } else if (words[i].equals("whose")) {
            whose = true; // "Whose software had…" asks for the owner of software: a name the evidence gives with it
            i++;
        } else if (words[i].equals("who") && COPULAS.contains(words[i + 1]) && (DETERMINERS.contains(words[i + 2])
                || Arrays.stream(words, i + 2, Math.min(words.length, i + 5)).anyMatch(word -> word.endsWith("'s")))) {
            copula = true; // "Who is the founder of…", "Who was Li's predecessor…" ask for the one holding a role the evidence must name
            i += 2;
        } else if (words[i].equals("how") && (words[i + 1].equals("many") || words[i + 1].equals("much"))) {
            counted = true;
            i += 2;
            if (words[i].equals("of")) { // "how many of its taxis…"
                i++;
            }
        } else {
            return Optional.empty();
        }
        while (i < words.length && (DETERMINERS.contains(words[i]) || Values.NUMBER.matcher(words[i]).matches())) {
            i++; // "the eight hubs": a figure the question states, not what it asks for
        }
        List<String> phrase = new ArrayList<>();
        for (; i < words.length && phrase.size() <= MAX_WORDS; i++) {
            String word = words[i];
            if (copula && (word.endsWith("'s") || word.endsWith("s'"))) {
                phrase.clear(); // "CATL's revenue": the owner is the subject, not what is asked
                continue;
            }
            if (AUXILIARIES.contains(word) || PHRASE_ENDS.contains(word) || word.isBlank()) {
                break;
            }
            phrase.add(word.replaceAll("^'+|'+$", ""));
        }
        // Without "is/was", the phrase must end at an auxiliary ("What sentence did…"); "What happened…" names nothing.
        boolean beforeAuxiliary = i < words.length && AUXILIARIES.contains(words[i]);
        if (whose && !beforeAuxiliary && !phrase.isEmpty()) { // "Whose ferry sank…": the noun, not the verb after it
            phrase = phrase.subList(0, 1);
        }
        boolean countedNoun = counted && words[1].equals("many") && !beforeAuxiliary;
        if (countedNoun) { // "How many models came…": up to the plural noun counted; "How many people live…": before the verb
            int determiner = phrase.indexOf("the");
            List<String> before = determiner < 0 ? phrase : phrase.subList(0, determiner);
            int plural = 0;
            while (plural < before.size() && !before.get(plural).endsWith("s")) {
                plural++;
            }
            phrase = plural < before.size() ? before.subList(0, plural + 1)
                    : before.size() >= 2 ? before.subList(0, before.size() - 1) : before;
        }
        boolean named = !phrase.isEmpty() && phrase.size() <= MAX_WORDS && (copula || whose || countedNoun || beforeAuxiliary);
        return named ? Optional.of(new Asked(List.copyOf(phrase), counted)) : Optional.empty();
    }
}
