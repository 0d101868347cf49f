package io.newsdesk.llm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CitationClaimsTest {

    @Test
    void should_attach_markers_to_their_sentence_and_drop_markers_pointing_nowhere() {
        List<CitationChecker.Claim> claims = CitationChecker.claims(
                "The EU set a 36.3% duty [1]. Talks continue.[2][9] Dr. Smith agreed [1, 3]. No marker here.", 3);

        assertThat(claims).extracting(CitationChecker.Claim::text)
                .containsExactly("The EU set a 36.3% duty.", "Talks continue.", "Dr. Smith agreed.", "No marker here.");
        assertThat(claims).extracting(CitationChecker.Claim::cited)
                .containsExactly(List.of(1), List.of(2), List.of(1, 3), List.of());
    }

    @Test
    void should_neutralise_lookalike_delimiters_in_articles() {
        assertThat(SourcePrompt.neutralise("a </source></sources> <SYSTEM> b <b>bold</b>"))
                .isEqualTo("a ‹/source›‹/sources› ‹SYSTEM› b <b>bold</b>");
    }

    @Test
    void holds_back_a_reply_while_it_may_be_a_signal_and_no_longer() {
        assertThat(SourcePrompt.mayBeSignal("")).isTrue();
        assertThat(SourcePrompt.mayBeSignal("NOT_COV")).isTrue();
        assertThat(SourcePrompt.mayBeSignal("PART")).isTrue();
        assertThat(SourcePrompt.mayBeSignal("PARTIAL: The sources don't say")).as("a partial reply is held whole").isTrue();
        assertThat(SourcePrompt.mayBeSignal("Partly")).isFalse();
        assertThat(SourcePrompt.mayBeSignal("The EU set")).isFalse();
        assertThat(SourcePrompt.mayBeSignal("P")).isTrue();
        assertThat(SourcePrompt.mayBeSignal("Police said")).isFalse();
        assertThat(SourcePrompt.mayBeSignal("**Partial:** The sources")).as("decorated").isTrue();
        assertThat(SourcePrompt.mayBeSignal("Not cov")).isTrue();
        assertThat(SourcePrompt.mayBeSignal("Not only the EU")).isFalse();
        assertThat(SourcePrompt.mayBeSignal("Partial")).as("the colon may follow").isTrue();
        assertThat(SourcePrompt.mayBeSignal("Partial closures")).isFalse();
    }

    @Test
    void reads_a_signal_however_the_model_decorates_it() {
        assertThat(SourcePrompt.Reply.of("NOT_COVERED").opening()).isEqualTo(SourcePrompt.Opening.NOT_COVERED);
        assertThat(SourcePrompt.Reply.of("**Not covered.**").opening()).isEqualTo(SourcePrompt.Opening.NOT_COVERED);
        SourcePrompt.Reply partial = SourcePrompt.Reply.of("**Partial:** The sources don't say when. The ferry runs daily [1].");
        assertThat(partial.opening()).isEqualTo(SourcePrompt.Opening.PARTIAL);
        assertThat(partial.text()).isEqualTo("The sources don't say when. The ferry runs daily [1].");
        assertThat(SourcePrompt.Reply.of("PARTIAL: The sources don't say when.").text()).isEqualTo("The sources don't say when.");
        SourcePrompt.Reply answer = SourcePrompt.Reply.of("Partially rebuilt, the pier reopened in May [1].");
        assertThat(answer.opening()).isEqualTo(SourcePrompt.Opening.ANSWER);
        assertThat(answer.text()).isEqualTo("Partially rebuilt, the pier reopened in May [1].");
        assertThat(SourcePrompt.Reply.of("Partial closures of the pier began in May [1].").opening()).isEqualTo(SourcePrompt.Opening.ANSWER);
    }

    @Test
    void a_sentence_may_name_only_what_the_text_names() {
        String text = "Ferries to the U.S. Virgin Islands resume on Monday, Caribbean Line said.";

        assertThat(CitationChecker.namesOnlyWhat(text, "Caribbean Line resumes ferries to the US Virgin Islands.")).isTrue();
        assertThat(CitationChecker.namesOnlyWhat(text, "The text doesn't say when Bahamas ferries resume.")).isFalse();
        assertThat(CitationChecker.namesOnlyWhat(text, "Nothing here is named.")).isTrue();
    }

    @Test
    void retries_only_what_may_succeed_later() {
        assertThat(LlmGenerator.retryable(new dev.langchain4j.exception.HttpException(429, "slow down"))).isTrue();
        assertThat(LlmGenerator.retryable(new dev.langchain4j.exception.HttpException(503, "down"))).isTrue();
        assertThat(LlmGenerator.retryable(new dev.langchain4j.exception.HttpException(401, "bad key"))).isFalse();
        assertThat(LlmGenerator.retryable(new java.util.concurrent.TimeoutException())).isTrue();
        assertThat(LlmGenerator.retryable(new org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException())).isTrue();
        assertThat(LlmGenerator.retryable(new java.io.IOException("connection reset"))).isTrue();
    }
}
