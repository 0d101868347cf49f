package io.newsdesk.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Citation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlackBlocksTest {

    private static final Citation CITATION = new Citation(1, "a1", "Robotaxis in Wuhan", "seed.txt", null, "2024-07-10",
            "Apollo Go runs over 500 cars in Wuhan.", 0, 38, 0.8);

    private static String json(List<LayoutBlock> blocks) {
        return GsonFactory.createSnakeCase().toJson(blocks);
    }

    @Test
    void a_partial_answer_shows_its_lead_its_sources_and_says_it_is_partial() {
        Answer reported = Answer.grounded("Apollo Go runs over 500 cars in Wuhan. [1]", List.of(CITATION), Answer.EXTRACTIVE);
        Answer partial = Answer.partial("The articles never mention Beijing. What they report:", reported);

        List<LayoutBlock> blocks = SlackBlocks.blocks(partial, "id-1");

        assertThat(SlackBlocks.text(partial)).startsWith("The articles never mention Beijing.");
        assertThat(blocks).anyMatch(b -> b instanceof ContextBlock && json(List.of(b)).contains("Partly covered"));
        assertThat(json(blocks)).contains("*Sources*").contains("Robotaxis in Wuhan");
    }

    @Test
    void an_uncovered_answer_has_no_sources_and_a_grounded_one_is_not_marked_partial() {
        assertThat(json(SlackBlocks.blocks(Answer.notCovered(Answer.EXTRACTIVE), null))).doesNotContain("Sources");
        Answer grounded = Answer.grounded("Apollo Go runs over 500 cars in Wuhan. [1]", List.of(CITATION), Answer.EXTRACTIVE);
        assertThat(json(SlackBlocks.blocks(grounded, null))).contains("*Sources*").doesNotContain("Partly covered");
    }
}
