package io.newsdesk.answer;

import java.util.regex.Pattern;

/**
 * A question that opens with a clause before its question word ("When paying with Alipay, what do shoppers
 * touch…?", "Besides AWS, which platform…?") asks what its main clause asks: the opening clause is moved to the
 * end, so that the question's shape is read from its question word and no word of it is lost ("What do shoppers
 * touch…, when paying with Alipay?"). Read from closed word classes only: subordinating conjunctions and
 * prepositions that open such a clause, and question words.
 */
final class LeadingClause {

    private static final Pattern FRONTED = Pattern.compile(
            "(?i)^\\s*((?:when|while|if|after|before|as|once|since|besides|apart from|aside from|other than|beyond|except for"
                    + "|excluding|unlike|in addition to|compared (?:with|to)|given|for|of|among|between|in|on|at|with|by|during)"
                    + "\\b[^,?;]{1,160}),\\s*((?:(?:in|on|at|by|for|from|to|of|with) )?(?:what|which|who|whom|whose|when|where|how|why)\\b.*)$");

    private LeadingClause() {
    }

    /** The question with an opening clause moved after its main clause; unchanged without one. */
    static String movedToEnd(String question) {
        var fronted = FRONTED.matcher(question);
        if (!fronted.matches()) {
            return question;
        }
        String main = fronted.group(2).strip();
        String end = main.endsWith("?") ? "?" : "";
        String body = end.isEmpty() ? main : main.substring(0, main.length() - 1);
        String clause = fronted.group(1).strip();
        return Character.toUpperCase(body.charAt(0)) + body.substring(1) + ", "
                + Character.toLowerCase(clause.charAt(0)) + clause.substring(1) + end;
    }
}
