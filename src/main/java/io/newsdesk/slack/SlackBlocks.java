package io.newsdesk.slack;

import com.slack.api.model.block.LayoutBlock;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Citation;

import java.util.ArrayList;
import java.util.List;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * Block Kit for an answer, with the SDK's model classes: the answer in section blocks, its notice, a
 * divider, a "Sources" section with one context block per citation ({@code [n] *title* (date) — "quote"}),
 * and feedback buttons. All article and answer text is escaped, so {@code <!channel>} or a fake
 * {@code <url|label>} in an article cannot ping or mislead anyone.
 */
public final class SlackBlocks {

    static final int MAX_SECTION = 3000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_QUOTE = 600;
    public static final String HELPFUL = "feedback_helpful";
    public static final String NOT_HELPFUL = "feedback_not_helpful";

    private SlackBlocks() {
    }

    /** Escapes the three characters Slack treats as markup: {@code & < >}. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The plain-text fallback shown in notifications. */
    static String text(Answer answer) {
        return truncate(escape(shownText(answer)), MAX_SECTION);
    }

    /** The blocks for an answer; {@code answerId} ties the feedback buttons to it (none when null). */
    static List<LayoutBlock> blocks(Answer answer, String answerId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String piece : pieces(escape(shownText(answer)))) {
            blocks.add(section(s -> s.text(markdownText(piece))));
        }
        if (answer.notice() != null) {
            blocks.add(note("_" + escape(answer.notice()) + "_"));
        }
        if (answer.coverage() == Answer.Coverage.PARTIAL) {
            blocks.add(note("_Partly covered: the articles are on this subject but don't state what was asked._"));
        }
        if (answer.coverage() != Answer.Coverage.NONE && !answer.citations().isEmpty()) {
            blocks.add(divider());
            blocks.add(section(s -> s.text(markdownText("*Sources*"))));
            for (Citation citation : answer.citations()) {
                if (blocks.size() >= MAX_BLOCKS - 1) {
                    break;
                }
                blocks.add(note(source(citation)));
            }
        }
        if (answerId != null) {
            blocks.add(actions(a -> a.blockId("feedback").elements(List.of(
                    button(b -> b.text(plainText("👍 Helpful", true)).actionId(HELPFUL).value(answerId)),
                    button(b -> b.text(plainText("👎 Not helpful", true)).actionId(NOT_HELPFUL).value(answerId))))));
        }
        return blocks;
    }

    private static String shownText(Answer answer) {
        return answer.coverage() != Answer.Coverage.NONE ? answer.answer()
                : "The articles don't cover this question, so there is nothing to cite.";
    }

    private static String source(Citation citation) {
        String date = citation.publishedAt() == null ? ""
                : " (" + escape(citation.publishedAt().substring(0, Math.min(10, citation.publishedAt().length()))) + ")";
        return "[" + citation.index() + "] *" + escape(citation.title()) + "*" + date + " — \""
                + escape(truncate(citation.quote(), MAX_QUOTE)) + "\"";
    }

    private static LayoutBlock note(String mrkdwn) {
        return context(List.of(markdownText(truncate(mrkdwn, MAX_SECTION))));
    }

    /** Splits text into pieces of at most {@link #MAX_SECTION} characters, preferring sentence ends. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > MAX_SECTION) {
            int cut = rest.lastIndexOf(". ", MAX_SECTION - 1);
            cut = cut > MAX_SECTION / 2 ? cut + 1 : MAX_SECTION;
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
