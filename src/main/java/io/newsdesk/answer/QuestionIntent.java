package io.newsdesk.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of answer a question wants: a broad overview ("what's the news about Baidu?") or a
 * specific fact, and for facts whether a quantity or a date is expected.
 */
public record QuestionIntent(boolean broad, AnswerType type) {

    public enum AnswerType { MONEY, QUANTITY, TIME, OTHER }

    private static final Pattern BROAD = Pattern.compile(
            "^(summari[sz]e|summary|overview|give me an overview|tell me about|what('s| is) (the )?(latest )?news"
                    + "|what('s| is) (happening|going on)|what do (we|the articles) (know|say)|key points|brief me"
                    + "|what are the (main|key) (points|developments))\\b.*|.*\\b(news about|news on|latest on)\\b.*");
    private static final Pattern MONEY = Pattern.compile(
            "(?<![-\\w])(cost|costs|pay|paid|paying|spend|spent|spending|price|priced|fee|fees|charge|charged|worth|invest|invested"
                    + "|how much money|budget)\\b");
    private static final Pattern QUANTITY = Pattern.compile(
            "\\b(how (much|many|big|large|long|far|fast)|what (percentage|share|amount|number|proportion|rate|level|size))\\b");
    private static final Pattern TIME = Pattern.compile("\\b(when|what (year|date|month|day|time))\\b");

    public static QuestionIntent of(String question) {
        String q = question.toLowerCase(Locale.ROOT).strip();
        AnswerType type = MONEY.matcher(q).find() ? AnswerType.MONEY
                : QUANTITY.matcher(q).find() ? AnswerType.QUANTITY
                : TIME.matcher(q).find() ? AnswerType.TIME : AnswerType.OTHER;
        return new QuestionIntent(BROAD.matcher(q).matches(), type);
    }
}
