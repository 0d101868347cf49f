package io.newsdesk.conversations;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.answer.Answer;
import io.newsdesk.files.DurableFiles;
import io.newsdesk.files.JsonLines;
import io.newsdesk.feedback.FeedbackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The conversations of every person, kept as a log of changes ({@code conversations.jsonl} under the data folder),
 * each line forced to disk before the change is acknowledged, and replayed at start-up. A deleted conversation's
 * lines are left out when the log is rewritten at the next start, so deleting one removes its text from the disk.
 */
@ApplicationScoped
public class ConversationStore {

    private static final Logger LOG = Logger.getLogger(ConversationStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String ANONYMOUS_PREFIX = "browser:";

    private final Path file;
    private final ObjectMapper mapper;
    private final ConversationsConfig config;
    private final Map<String, Conversation> byId = new LinkedHashMap<>();
    private final Map<String, String> byToken = new HashMap<>();
    /** Each owner's conversation ids, so listing and the limits look only at the owner's own. */
    private final Map<String, java.util.Set<String>> byOwner = new HashMap<>();
    private int anonymous;

    /** A line of the log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(String op, String id, String owner, Instant at, String question, Answer answer, String title,
                  String token) {
    }

    public ConversationStore(FeedbackConfig data, ObjectMapper mapper, ConversationsConfig config) {
        this.file = Path.of(data.path()).resolve("conversations.jsonl");
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.config = config;
        load();
    }

    private void load() {
        boolean[] dropped = {false};
        try {
            JsonLines.read(file, mapper, Change.class, change -> dropped[0] |= apply(change),
                    line -> LOG.warnf("Conversations: an unreadable line %d of %s was passed over", line, file));
            if (dropped[0]) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Applies a change to the conversations in memory; true when it removed one. */
    private boolean apply(Change change) {
        Conversation held = byId.get(change.id());
        switch (change.op()) {
            case "turn" -> {
                Conversation.Exchange turn = new Conversation.Exchange(change.question(), change.answer(), change.at());
                byId.put(change.id(), held == null
                        ? new Conversation(change.id(), change.owner(), Conversation.titleFrom(change.question()),
                        change.at(), change.at(), List.of(turn), null)
                        : held.with(turn));
                if (held == null) {
                    byOwner.computeIfAbsent(change.owner(), o -> new java.util.HashSet<>()).add(change.id());
                    anonymous += change.owner().startsWith(ANONYMOUS_PREFIX) ? 1 : 0;
                }
            }
            case "title" -> {
                if (held != null) {
                    byId.put(held.id(), held.titled(change.title(), change.at()));
                }
            }
            case "share" -> {
                if (held != null) {
                    if (held.shareToken() != null) {
                        byToken.remove(held.shareToken());
                    }
                    byId.put(held.id(), held.shared(change.token()));
                    byToken.put(change.token(), held.id());
                }
            }
            case "unshare" -> {
                if (held != null && held.shareToken() != null) {
                    byToken.remove(held.shareToken());
                    byId.put(held.id(), held.shared(null));
                }
            }
            case "delete" -> {
                if (held != null) {
                    byId.remove(held.id());
                    if (held.shareToken() != null) {
                        byToken.remove(held.shareToken());
                    }
                    java.util.Set<String> own = byOwner.get(held.owner());
                    own.remove(held.id());
                    if (own.isEmpty()) {
                        byOwner.remove(held.owner());
                    }
                    anonymous -= held.owner().startsWith(ANONYMOUS_PREFIX) ? 1 : 0;
                    return true;
                }
            }
            default -> LOG.warnf("Conversations: an unknown change '%s' was passed over", change.op());
        }
        return false;
    }

    /** Writes the log again with only what is held, so deleted conversations leave nothing on disk. */
    private void compact() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Conversation conversation : byId.values()) {
            for (Conversation.Exchange turn : conversation.turns()) {
                lines.append(mapper.writeValueAsString(new Change("turn", conversation.id(), conversation.owner(),
                        turn.asked(), turn.question(), turn.answer(), null, null))).append('\n');
            }
            if (!conversation.title().equals(Conversation.titleFrom(conversation.turns().get(0).question()))) {
                lines.append(mapper.writeValueAsString(new Change("title", conversation.id(), null, conversation.updated(),
                        null, null, conversation.title(), null))).append('\n');
            }
            if (conversation.shareToken() != null) {
                lines.append(mapper.writeValueAsString(new Change("share", conversation.id(), null, null, null, null,
                        null, conversation.shareToken()))).append('\n');
            }
        }
        DurableFiles.replace(file, lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void write(Change change) {
        try {
            DurableFiles.append(file, (mapper.writeValueAsString(change) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the conversation", e);
        }
        apply(change);
    }

    /** The most questions a conversation holds. */
    public int maxTurns() {
        return config.maxTurns();
    }

    /** The conversation {@code id} when {@code owner} owns it; empty otherwise, whether or not it exists. */
    public synchronized Optional<Conversation> get(String owner, String id) {
        Conversation held = id == null ? null : byId.get(id);
        return held != null && held.owner().equals(owner) ? Optional.of(held) : Optional.empty();
    }

    /** The conversation behind a share token. */
    public synchronized Optional<Conversation> shared(String token) {
        String id = token == null ? null : byToken.get(token);
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * Adds a question and its answer to the owner's conversation {@code id}, or to a new conversation when
     * {@code id} is null (or no longer the owner's, or full), and returns the conversation.
     */
    public synchronized Conversation add(String owner, String id, String question, Answer answer) {
        boolean continues = id != null && get(owner, id).isPresent() && byId.get(id).turns().size() < config.maxTurns();
        // a conversation deleted, or filled, while its question was being answered: the answer starts a new one
        String target = continues ? id : newId();
        if (!continues) {
            makeRoomFor(owner);
        }
        write(new Change("turn", target, owner, Instant.now(), question, answer, null, null));
        return byId.get(target);
    }

    /**
     * Drops the owner's least recently used conversations past the limits, before a new one is made. The counts are
     * kept as conversations come and go, so only a person at a limit costs a look at their conversations.
     */
    private void makeRoomFor(String owner) {
        if (own(owner).size() >= config.maxPerPerson()) {
            dropLeastRecent(own(owner), own(owner).size() - config.maxPerPerson() + 1);
        }
        if (owner.startsWith(ANONYMOUS_PREFIX) && anonymous >= config.maxAnonymous()) {
            dropLeastRecent(byId.values().stream().filter(c -> c.owner().startsWith(ANONYMOUS_PREFIX)).toList(),
                    anonymous - config.maxAnonymous() + 1);
        }
    }

    private List<Conversation> own(String owner) {
        return byOwner.getOrDefault(owner, java.util.Set.of()).stream().map(byId::get).toList();
    }

    private void dropLeastRecent(List<Conversation> conversations, int count) {
        conversations.stream().sorted(Comparator.comparing(Conversation::updated)).limit(count).map(Conversation::id).toList()
                .forEach(id -> write(new Change("delete", id, null, Instant.now(), null, null, null, null)));
    }

    /** A page of the owner's conversations, most recently used first, those that mention every word of {@code query}. */
    public synchronized Page list(String owner, String query, int offset, int limit) {
        List<String> words = query == null ? List.of()
                : List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        List<Conversation> matching = own(owner).stream()
                .filter(c -> words.isEmpty() || c.mentionsAll(words))
                .sorted(Comparator.comparing(Conversation::updated).reversed()).toList();
        List<Conversation> page = matching.stream().skip(offset).limit(limit).toList();
        return new Page(matching.size(), new ArrayList<>(page));
    }

    public synchronized Optional<Conversation> rename(String owner, String id, String title) {
        if (get(owner, id).isEmpty()) {
            return Optional.empty();
        }
        write(new Change("title", id, null, Instant.now(), null, null, title, null));
        return Optional.of(byId.get(id));
    }

    public synchronized boolean delete(String owner, String id) {
        if (get(owner, id).isEmpty()) {
            return false;
        }
        write(new Change("delete", id, null, Instant.now(), null, null, null, null));
        return true;
    }

    /** Shares the conversation by a new unguessable token (a second share replaces the first link). */
    public synchronized Optional<Conversation> share(String owner, String id) {
        if (get(owner, id).isEmpty()) {
            return Optional.empty();
        }
        byte[] token = new byte[18];
        RANDOM.nextBytes(token);
        write(new Change("share", id, null, null, null, null, null, Base64.getUrlEncoder().withoutPadding().encodeToString(token)));
        return Optional.of(byId.get(id));
    }

    public synchronized Optional<Conversation> unshare(String owner, String id) {
        if (get(owner, id).isEmpty()) {
            return Optional.empty();
        }
        write(new Change("unshare", id, null, null, null, null, null, null));
        return Optional.of(byId.get(id));
    }

    private String newId() {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        return "c-" + Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /** A page of conversations: how many match in all, and this page of them. */
    public record Page(int total, List<Conversation> conversations) {
    }
}
