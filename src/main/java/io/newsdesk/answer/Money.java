package io.newsdesk.answer;

import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Amounts of money in English text: a currency symbol next to a number ("$3", "€ 40"), or a number
 * followed by a currency's ISO code or the last word of its English name ("43.5 billion yuan", "200 euros",
 * "500 Swiss francs").
 * The currencies come from the JDK's ISO 4217 list, not from the articles; ISO's X-codes (metals, funds,
 * test codes) are left out.
 */
final class Money {

    private static final String SCALE = "(?:(?:thousand|million|billion|trillion|bn|m)\\s)?";
    static final Pattern AMOUNT = Pattern.compile("\\p{Sc}\\s?\\d|\\d\\s?\\p{Sc}"
            + "|\\d[\\d,.]*\\s?" + SCALE + "(?:\\p{Lu}\\p{L}+\\s)?(?i:" + names() + ")(?:s|es|r|er|or)?\\b"
            + "|\\b(?:" + codes() + ")\\s?\\d|\\d[\\d,.]*\\s?" + SCALE + "(?:" + codes() + ")\\b");

    private Money() {
    }

    /** The last word of each circulating currency's English name: "yuan", "dollar", "euro", "rupee". */
    private static String names() {
        Set<String> names = new TreeSet<>();
        for (Currency currency : circulating()) {
            String name = currency.getDisplayName(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            String last = name.substring(name.lastIndexOf(' ') + 1);
            if (last.matches("\\p{L}{2,}") && !name.contains("unit")) {
                names.add(last);
            }
        }
        return alternatives(names);
    }

    /** ISO codes, upper case only ("USD", "CNY"), so that "all" or "top" are never taken for one. */
    private static String codes() {
        return alternatives(circulating().stream().map(Currency::getCurrencyCode).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Set<Currency> circulating() {
        return Currency.getAvailableCurrencies().stream().filter(c -> !c.getCurrencyCode().startsWith("X"))
                .collect(Collectors.toSet());
    }

    private static String alternatives(Set<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
