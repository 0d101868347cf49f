package io.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The words of a question that name something: capitalised after the first word ("Baidu"), or codes ("APT40", "A100"). */
final class Names {

    /** Capitalised phrases ("Defence Department", "Australia’s", "APT40"): what evidence names. */
    static final Pattern PHRASE = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}’'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}’'-]*)*");

    private Names() {
    }

    static List<String> in(String question) {
        String[] words = question.strip().split("[^\\p{L}\\p{N}]+");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty() || word.equals("I")) {
                continue;
            }
            boolean code = word.chars().anyMatch(Character::isDigit) && word.chars().anyMatch(Character::isLetter);
            if (code || (i > 0 && Character.isUpperCase(word.charAt(0)))) {
                names.add(word);
            }
        }
        return names;
    }

    /**
     * Whether a sentence names something the question does not: a capitalised phrase past its first word that
     * is not a date ("Saturday", "March": capitalised, but not a name of whom or what is asked).
     */
    static boolean newIn(String question, String sentence) {
        String asked = question.toLowerCase(Locale.ROOT);
        var phrases = PHRASE.matcher(sentence);
        while (phrases.find()) {
            String phrase = phrases.group().replaceAll("[’']s$", "");
            if (phrases.start() > 0 && !asked.contains(phrase.toLowerCase(Locale.ROOT)) && !Values.DATE.matcher(phrase).matches()) {
                return true;
            }
        }
        return false;
    }
}
