package io.newsdesk.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Citation;

import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit for an answer: the answer in section blocks, a divider, a "Sources" section with one
 * context block per citation ({@code [n] *title* — "quote"}), and feedback buttons. All article and
 * answer text is escaped, so {@code <!channel>} or a fake {@code <url|label>} in an article cannot
 * ping or mislead anyone.
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

    /** {@code {"text": fallback, "blocks": [...]}} for an answer; {@code answerId} ties buttons to it. */
    public static ObjectNode message(ObjectMapper mapper, Answer answer, String answerId) {
        ObjectNode message = mapper.createObjectNode();
        String text = answer.grounded() ? answer.answer() : "The articles don't cover this question, so there is nothing to cite.";
        message.put("text", truncate(escape(text), MAX_SECTION));
        ArrayNode blocks = message.putArray("blocks");
        for (String piece : pieces(escape(text))) {
            blocks.add(section(mapper, piece));
        }
        if (answer.notice() != null) {
            blocks.add(context(mapper, "_" + escape(answer.notice()) + "_"));
        }
        if (answer.grounded() && !answer.citations().isEmpty()) {
            blocks.addObject().put("type", "divider");
            blocks.add(section(mapper, "*Sources*"));
            for (Citation citation : answer.citations()) {
                if (blocks.size() >= MAX_BLOCKS - 1) {
                    break;
                }
                String date = citation.publishedAt() == null ? ""
                        : " (" + escape(citation.publishedAt().substring(0, Math.min(10, citation.publishedAt().length()))) + ")";
                blocks.add(context(mapper, "[" + citation.index() + "] *" + escape(citation.title()) + "*" + date + " — \""
                        + escape(truncate(citation.quote(), MAX_QUOTE)) + "\""));
            }
        }
        if (answerId != null) {
            ObjectNode actions = blocks.addObject().put("type", "actions").put("block_id", "feedback");
            ArrayNode elements = actions.putArray("elements");
            elements.add(button(mapper, "👍 Helpful", HELPFUL, answerId));
            elements.add(button(mapper, "👎 Not helpful", NOT_HELPFUL, answerId));
        }
        return message;
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

    private static ObjectNode section(ObjectMapper mapper, String mrkdwn) {
        ObjectNode section = mapper.createObjectNode().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
        return section;
    }

    private static ObjectNode context(ObjectMapper mapper, String mrkdwn) {
        ObjectNode context = mapper.createObjectNode().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn").put("text", truncate(mrkdwn, MAX_SECTION));
        return context;
    }

    private static ObjectNode button(ObjectMapper mapper, String label, String actionId, String value) {
        ObjectNode button = mapper.createObjectNode().put("type", "button").put("action_id", actionId).put("value", value);
        button.putObject("text").put("type", "plain_text").put("text", label).put("emoji", true);
        return button;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
