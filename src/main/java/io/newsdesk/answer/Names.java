package io.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;

/** The words of a question that name something: capitalised after the first word ("Baidu"), or codes ("APT40", "A100"). */
final class Names {

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
}
