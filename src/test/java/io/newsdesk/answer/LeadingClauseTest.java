package io.newsdesk.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadingClauseTest {

    @Test
    void an_opening_clause_moves_after_the_main_question_with_every_word_kept() {
        assertThat(LeadingClause.movedToEnd("When boarding the night ferry, what do passengers show at the gate?"))
                .isEqualTo("What do passengers show at the gate, when boarding the night ferry?");
        assertThat(LeadingClause.movedToEnd("Apart from Oslo, in which city does Fjordline dock?"))
                .isEqualTo("In which city does Fjordline dock, apart from Oslo?");
    }

    @Test
    void a_question_without_one_is_unchanged() {
        assertThat(LeadingClause.movedToEnd("What do passengers show at the gate?")).isEqualTo("What do passengers show at the gate?");
        assertThat(LeadingClause.movedToEnd("According to the harbour master, the ferry is late: why?"))
                .isEqualTo("According to the harbour master, the ferry is late: why?");
        assertThat(LeadingClause.movedToEnd("When did the ferry, the largest in Norway, enter service?"))
                .as("a comma inside the question").isEqualTo("When did the ferry, the largest in Norway, enter service?");
    }
}
