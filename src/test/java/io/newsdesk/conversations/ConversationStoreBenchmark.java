package io.newsdesk.conversations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Citation;
import io.newsdesk.feedback.FeedbackConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What keeping a conversation adds to each answer: one durable append (written and forced to disk) of a
 * five-citation answer, in the data folder under {@code target}, 500 times. Run with
 * {@code ./mvnw -Pbench test -Dtest=ConversationStoreBenchmark}; prints, asserts nothing.
 */
@Tag("benchmark")
class ConversationStoreBenchmark {

    @Test
    void one_answer_kept() throws Exception {
        Path data = Files.createDirectories(Path.of("target/bench-conversations")).resolve(String.valueOf(System.nanoTime()));
        FeedbackConfig folder = () -> data.toString();
        ConversationStore store = new ConversationStore(folder, new ObjectMapper().registerModule(new JavaTimeModule()),
                new ConversationsConfig() {
                    public int maxPerPerson() { return 1000; }
                    public int maxTurns() { return 200; }
                    public int maxAnonymous() { return 100_000; }
                });
        String quote = "The European Commission has imposed a final duty of 36.3% on imported electric vehicles made in China.";
        List<Citation> citations = List.of(1, 2, 3, 4, 5).stream().map(i -> new Citation(i, "article-" + i, "A title " + i,
                "Source", null, "2024-03-05", quote, 0, quote.length(), 0.8, "general")).toList();
        Answer answer = Answer.grounded((quote + " [1] ").repeat(5).strip(), citations, Answer.EXTRACTIVE);
        long[] times = new long[500];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            store.add("key-" + (i % 50), null, "What duty did the EU impose?", answer);
            times[i] = System.nanoTime() - t0;
        }
        long[] measured = Arrays.copyOfRange(times, 50, times.length);
        Arrays.sort(measured);
        System.out.printf("Conversation kept per answer (durable append, 5 citations): p50 %.2f ms, p99 %.2f ms%n",
                measured[measured.length / 2] / 1e6, measured[measured.length * 99 / 100] / 1e6);
    }
}
