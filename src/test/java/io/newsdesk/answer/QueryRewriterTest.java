package io.newsdesk.answer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueryRewriterTest {

    private final QueryRewriter rewriter = new QueryRewriter();

    @Test
    void a_standalone_question_is_searched_as_asked_whatever_the_history() {
        var query = rewriter.rewrite(new Question("What did Australia accuse APT40 of doing?",
                List.of(new Turn("What did Baidu say about its revenue?", "Baidu said … [1]"))));
        assertThat(query.search()).isEqualTo("What did Australia accuse APT40 of doing?");
        assertThat(query.context()).isEmpty();
    }

    @Test
    void a_follow_up_is_searched_with_the_earlier_question_and_answer_without_markers() {
        var query = rewriter.rewrite(new Question("How much did they pay?",
                List.of(new Turn("Which university bought cloud access?", "Shenzhen University spent 200,000 yuan. [1]"))));
        assertThat(query.context()).isEqualTo("Which university bought cloud access?");
        assertThat(query.search()).contains("Which university bought cloud access?", "How much did they pay?", "200,000 yuan")
                .doesNotContain("[1]");
        assertThat(query.question()).isEqualTo("How much did they pay?");
    }

    @Test
    void a_chain_of_follow_ups_reaches_back_to_the_last_question_that_stood_alone() {
        List<Turn> history = List.of(
                new Turn("Which hacker group did Australia accuse?", "APT40 [1]"),
                new Turn("What did Baidu say about its revenue?", "It declined. [1]"),
                new Turn("Why?", "An AI price war. [1]"));
        var query = rewriter.rewrite(new Question("And what is it betting on?", history));
        assertThat(query.context()).isEqualTo("What did Baidu say about its revenue? Why?");
        assertThat(query.search()).doesNotContain("Australia");
    }

    @Test
    void a_pronoun_makes_a_follow_up_only_when_the_question_names_no_subject_of_its_own() {
        assertThat(QueryRewriter.isFollowUp("How much did they pay?")).isTrue();
        assertThat(QueryRewriter.isFollowUp("Why?")).isTrue();
        assertThat(QueryRewriter.isFollowUp("And what about Baidu?")).isTrue();
        assertThat(QueryRewriter.isFollowUp("What did Baidu say about its revenue?")).isFalse();
        assertThat(QueryRewriter.isFollowUp("Who is behind APT40?")).isFalse();
        assertThat(QueryRewriter.isFollowUp("Which university bought cloud access to Nvidia A100 and H100 chips?")).isFalse();
    }

    @Test
    void a_definite_noun_the_last_turn_used_refers_back_without_a_word_list() {
        Turn taxis = new Turn("Who complained about the robotaxis?", "A local taxi firm reported that drivers quit. [1]");
        assertThat(QueryRewriter.refersBack("How big is the firm's fleet?", taxis)).isTrue();
        assertThat(rewriter.rewrite(new Question("How big is the firm's fleet?", List.of(taxis))).context())
                .isEqualTo("Who complained about the robotaxis?");
        assertThat(QueryRewriter.refersBack("What did the government decide about chips?", taxis)).isFalse();
        assertThat(QueryRewriter.refersBack("How big is the Baidu fleet?", taxis)).as("names a subject of its own").isFalse();
    }
}
