package io.newsdesk.llm;

import io.newsdesk.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions the extractive gate refuses on a subject the articles cover go to the LLM; unrelated ones never do. */
@QuarkusTest
@TestProfile(StrictGateProfile.class)
class TopicalRefusalsTest {

    private static final String QUESTION = "What tariff rate did Brussels finally set on electric cars made in China?";

    @BeforeEach
    void reset() {
        Ready.await();
        FakeLlm.server.reset();
    }

    @Test
    void a_question_the_gate_refused_on_a_covered_subject_is_read_by_the_llm() {
        GeneratedAnswerTest.llmDown();
        assertThat(GeneratedAnswerTest.ask(QUESTION).getString("coverage")).as("refused by the rules alone").isEqualTo("none");

        FakeLlm.server.reset();
        FakeLlm.server.on("/chat/completions", request -> FakeLlm.openAiStream(GeneratedAnswerTest.sourceSentence(request.body(), "36.3%"), 0));
        JsonPath answer = GeneratedAnswerTest.ask(QUESTION);

        assertThat(answer.getString("mode")).isEqualTo("generated");
        assertThat(answer.getString("coverage")).isEqualTo("full");
        assertThat(answer.getString("answer")).contains("36.3%");
        GeneratedAnswerTest.assertCitationsValid(answer);
    }

    @Test
    void the_llm_may_word_its_answer_to_a_refused_question_its_own_way() {
        FakeLlm.server.on("/chat/completions", request -> {
            String cited = GeneratedAnswerTest.sourceSentence(request.body(), "36.3%");
            return FakeLlm.openAiStream("The EU settled on a final tariff of 36.3% for China-built electric cars. "
                    + cited.substring(cited.lastIndexOf('[')), 0);
        });

        JsonPath answer = GeneratedAnswerTest.ask(QUESTION);

        assertThat(answer.getString("mode")).as("checked by meaning: the sentence shares few words with its source").isEqualTo("generated");
        assertThat(answer.getString("answer")).startsWith("The EU settled on a final tariff of 36.3%");
        GeneratedAnswerTest.assertCitationsValid(answer);
    }

    @Test
    void a_refused_unrelated_question_never_reaches_the_llm() {
        JsonPath answer = GeneratedAnswerTest.ask("What is a good recipe for banana bread?");

        assertThat(answer.getString("coverage")).isEqualTo("none");
        assertThat(answer.getString("notice")).as("no word about the LLM: it was never asked")
                .isEqualTo("No article mentions “recipe”, “banana” or “bread”.");
        assertThat(FakeLlm.server.requests("/chat/completions")).isEmpty();
    }
}
