package io.newsdesk.conversations;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Citation;
import io.newsdesk.time.PublishedDates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conversation as one reader may see it: every citation of an article the reader may not read (now, whatever
 * the asker could) is withheld, with the sentences that quote it.
 *
 * @param id       the conversation's id (null in a shared view, which is reached by its token)
 * @param title    its name
 * @param created  when it began
 * @param updated  when it last changed
 * @param shareUrl the path of its read-only link while it is shared (only in its owner's view)
 * @param turns    its questions and answers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConversationView(String id, String title, Instant created, Instant updated, String shareUrl,
                               List<Conversation.Exchange> turns) {

    /** Where a sentence ends: after its citation markers, before the next sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\])\\s+(?=[^\\[\\s])");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)\\]");

    /** The owner's view: the conversation with its id and link. */
    public static ConversationView owned(Conversation conversation, Predicate<String> readable) {
        return new ConversationView(conversation.id(), conversation.title(), conversation.created(), conversation.updated(),
                conversation.shareToken() == null ? null : shareUrl(conversation.shareToken()),
                visible(conversation.turns(), readable));
    }

    /** What a person who opens the conversation's link sees. */
    public static ConversationView shared(Conversation conversation, Predicate<String> readable) {
        return new ConversationView(null, conversation.title(), conversation.created(), conversation.updated(), null,
                visible(conversation.turns(), readable));
    }

    public static String shareUrl(String token) {
        return "/?shared=" + token;
    }

    private static List<Conversation.Exchange> visible(List<Conversation.Exchange> turns, Predicate<String> readable) {
        return turns.stream().map(turn -> new Conversation.Exchange(turn.question(), visible(turn.answer(), readable),
                turn.asked())).toList();
    }

    /** The answer without the citations of articles {@code readable} refuses, nor the sentences that cite them. */
    static Answer visible(Answer answer, Predicate<String> readable) {
        Set<Integer> withheld = new TreeSet<>();
        List<Citation> kept = new ArrayList<>();
        for (Citation citation : answer.citations()) {
            if (readable.test(citation.articleId())) {
                kept.add(citation);
            } else {
                withheld.add(citation.index());
            }
        }
        if (withheld.isEmpty()) {
            return answer;
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(answer.answer())) {
            if (!citesAny(sentence, withheld)) {
                sentences.add(sentence);
            }
        }
        String text = sentences.isEmpty() ? "This answer quotes only articles you may not read." : String.join(" ", sentences);
        String notice = withheld.size() == 1 ? "One source of this answer is withheld: you may not read its article."
                : withheld.size() + " sources of this answer are withheld: you may not read their articles.";
        return new Answer(text, kept, answer.grounded() && !kept.isEmpty(), answer.mode(), notice, answer.coverage(),
                answer.timeRange());
    }

    private static boolean citesAny(String sentence, Set<Integer> indexes) {
        Matcher marker = MARKER.matcher(sentence);
        while (marker.find()) {
            if (indexes.contains(Integer.parseInt(marker.group(1)))) {
                return true;
            }
        }
        return false;
    }

    /** The conversation as Markdown: each question as a heading, each answer with its sources as footnotes. */
    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(oneLine(title)).append("\n\n");
        md.append("_From Newsdesk, ").append(turns.size()).append(turns.size() == 1 ? " question" : " questions")
                .append(", last updated ").append(updated).append("._\n");
        int number = 0;
        for (Conversation.Exchange turn : turns) {
            number++;
            int n = number;
            Answer answer = turn.answer();
            md.append("\n## ").append(oneLine(turn.question())).append("\n\n");
            md.append(MARKER.matcher(answer.answer()).replaceAll(match -> "[^" + n + "-" + match.group(1) + "]"))
                    .append('\n');
            if (answer.notice() != null) {
                md.append("\n_").append(answer.notice()).append("_\n");
            }
            if (!answer.citations().isEmpty()) {
                md.append('\n');
            }
            for (Citation c : answer.citations()) {
                md.append("[^").append(n).append('-').append(c.index()).append("]: **").append(oneLine(c.title()))
                        .append("**, ").append(c.source()).append(", ")
                        .append(PublishedDates.human(c.day().orElse(null)));
                if (c.url() != null) {
                    md.append(", <").append(c.url()).append('>');
                }
                md.append(". “").append(oneLine(c.quote())).append("”\n");
            }
        }
        return md.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
