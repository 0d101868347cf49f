package io.newsdesk.conversations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.Citation;
import io.newsdesk.feedback.FeedbackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The conversation log: what a restart finds, what deleting leaves on disk, and the limits. */
class ConversationStoreTest {

    @TempDir
    Path data;

    private ConversationStore store(int perPerson, int turns, int anonymous) {
        FeedbackConfig folder = () -> data.toString();
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        return new ConversationStore(folder, mapper, new ConversationsConfig() {
            public int maxPerPerson() { return perPerson; }
            public int maxTurns() { return turns; }
            public int maxAnonymous() { return anonymous; }
        });
    }

    private static Answer answer(String text) {
        Citation citation = new Citation(1, "article-1", "Harbour memo", "Courier", "https://courier.test/a", "2024-03-05",
                text, 0, text.length(), 0.9, "general");
        return Answer.grounded(text + " [1]", List.of(citation), Answer.EXTRACTIVE);
    }

    @Test
    void a_restart_finds_every_conversation_as_it_was_left() {
        ConversationStore store = store(10, 10, 10);
        Conversation kept = store.add("key-a", null, "Who signed the contract?", answer("Brandt signed it."));
        store.add("key-a", kept.id(), "When?", answer("In March."));
        store.rename("key-a", kept.id(), "Contract");
        String token = store.share("key-a", kept.id()).orElseThrow().shareToken();

        ConversationStore restarted = store(10, 10, 10);
        Conversation found = restarted.get("key-a", kept.id()).orElseThrow();
        assertThat(found.title()).isEqualTo("Contract");
        assertThat(found.turns()).extracting(Conversation.Exchange::question).containsExactly("Who signed the contract?", "When?");
        assertThat(found.turns().get(1).answer().citations().get(0).url()).isEqualTo("https://courier.test/a");
        assertThat(restarted.shared(token)).map(Conversation::id).contains(kept.id());
        assertThat(restarted.get("key-b", kept.id())).isEmpty();
    }

    @Test
    void a_deleted_conversation_leaves_nothing_on_disk_after_the_next_start() throws Exception {
        ConversationStore store = store(10, 10, 10);
        Conversation gone = store.add("key-a", null, "Who is the zephyrine source?", answer("Zephyrine is a clerk."));
        Conversation kept = store.add("key-a", null, "Who signed?", answer("Brandt signed it."));
        store.delete("key-a", gone.id());

        ConversationStore restarted = store(10, 10, 10);
        assertThat(restarted.get("key-a", gone.id())).isEmpty();
        assertThat(restarted.get("key-a", kept.id())).isPresent();
        assertThat(Files.readString(data.resolve("conversations.jsonl"))).doesNotContain("ephyrine").contains("Brandt");
    }

    @Test
    void past_the_limits_the_least_recently_used_go_and_a_full_conversation_starts_another() {
        ConversationStore store = store(2, 2, 10);
        Conversation first = store.add("key-a", null, "One?", answer("One."));
        Conversation second = store.add("key-a", null, "Two?", answer("Two."));
        store.add("key-a", first.id(), "One again?", answer("Again."));
        Conversation third = store.add("key-a", null, "Three?", answer("Three."));
        assertThat(store.list("key-a", null, 0, 10).conversations()).extracting(Conversation::id)
                .containsExactly(third.id(), first.id());
        assertThat(store.get("key-a", second.id())).isEmpty();

        Conversation next = store.add("key-a", first.id(), "One a third time?", answer("Full."));
        assertThat(next.id()).as("a full conversation is not grown past its limit").isNotEqualTo(first.id());
    }

    @Test
    void anonymous_browsers_share_one_bound() {
        ConversationStore store = store(10, 10, 2);
        Conversation a = store.add("browser:a", null, "A?", answer("A."));
        store.add("browser:b", null, "B?", answer("B."));
        store.add("browser:c", null, "C?", answer("C."));
        store.add("key-a", null, "Keyed?", answer("Kept."));
        assertThat(store.get("browser:a", a.id())).isEmpty();
        assertThat(store.list("key-a", null, 0, 10).total()).isEqualTo(1);
    }
}
