package io.newsdesk.slack;

import io.newsdesk.index.SearchFilter;
import io.newsdesk.security.DeskRights;
import java.util.Set;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import io.newsdesk.answer.Answer;
import io.newsdesk.answer.AnswerService;
import io.newsdesk.answer.Question;
import io.newsdesk.answer.Turn;
import io.newsdesk.concurrent.DaemonThreads;
import io.newsdesk.feedback.FeedbackStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The Slack channel: answers in the background (Slack wants its 200 within 3 s), through the one
 * answering service, and posts the cited answer in the thread. Never silent: a failure posts an apology.
 */
@ApplicationScoped
public class SlackBot {

    private static final Logger LOG = Logger.getLogger(SlackBot.class);
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    static final String USAGE = "Ask me a question about the news articles, e.g. \"What did the EU decide on Chinese electric vehicles?\"";
    static final String APOLOGY = "Sorry, I couldn't answer that just now. Please try again in a moment.";

    private final AnswerService answers;
    private final SlackClient client;
    private final ThreadMemory threads;
    private final AnswerLog log;
    private final FeedbackStore feedback;
    private final ExecutorService workers;

    private final SlackConfig config;
    private final DeskRights rights;

    public SlackBot(AnswerService answers, SlackClient client, ThreadMemory threads, AnswerLog log,
                    FeedbackStore feedback, SlackConfig config, DeskRights rights) {
        this.answers = answers;
        this.config = config;
        this.rights = rights;
        this.client = client;
        this.threads = threads;
        this.log = log;
        this.feedback = feedback;
        this.workers = new ThreadPoolExecutor(config.workers(), config.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(200), DaemonThreads.named("slack-worker"));
    }

    /** How filters are written, for a reply to one that cannot be read. */
    static final String FILTERS = "Filters look like since:2023-11-01 until:2023-11-30 source:TechCrunch source:\"The Verge\"";

    /** What the bot says instead of answering a question it cannot take. */
    static String refusal(Question.Problem problem) {
        return switch (problem) {
            case BLANK -> USAGE;
            case TOO_LONG -> "That question is too long: keep it under " + Question.MAX_CHARS + " characters.";
            case NO_WORDS -> "That question has no words in it. " + USAGE;
        };
    }

    /** The question in a message, without the bot mention. */
    static String question(String text) {
        return text == null ? "" : MENTION.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** Answers a mention or direct message in its thread, with 👀 while working. */
    public void answerInThread(String channel, String threadTs, String messageTs, String text) {
        submit(() -> {
            client.react(channel, messageTs, "eyes", true);
            try {
                String question = question(text);
                var problem = Question.problem(question);
                boolean posted = problem.isPresent()
                        ? client.postMessage(channel, threadTs, refusal(problem.get()), null)
                        : postAnswer(question, channel, threadTs);
                if (!posted) {
                    LOG.warn("Slack answer could not be posted");
                }
            } catch (RuntimeException e) {
                LOG.errorf("Answering a Slack message failed: %s", e.getClass().getSimpleName());
                client.postMessage(channel, threadTs, APOLOGY, null);
            } finally {
                client.react(channel, messageTs, "eyes", false);
            }
        });
    }

    /** Answers {@code /ask}: in the channel when grounded, only to the asker when not. */
    public void answerCommand(String text, String responseUrl, String channel) {
        submit(() -> {
            ActionResponse reply;
            try {
                SlackFilters asked = SlackFilters.parse(text);
                Answer answer = answers.answer(Question.of(asked.question()).within(inChannel(asked.filter(), channel)));
                reply = ActionResponse.builder().responseType(answer.grounded() ? "in_channel" : "ephemeral")
                        .text(SlackBlocks.text(answer)).blocks(SlackBlocks.blocks(answer, log.add(text, answer.answer(), desksCited(answer))))
                        .replaceOriginal(false).build();
            } catch (IllegalArgumentException e) {
                reply = ephemeral(e.getMessage() + ". " + FILTERS);
            } catch (RuntimeException e) {
                LOG.errorf("Answering a Slack command failed: %s", e.getClass().getSimpleName());
                reply = ephemeral(APOLOGY);
            }
            client.respond(responseUrl, reply);
        });
    }

    /** Records a 👍/👎 click in the shared feedback store. */
    public boolean recordFeedback(String answerId, boolean helpful, String responseUrl) {
        var entry = log.get(answerId);
        entry.ifPresent(e -> feedback.add(e.question(), e.answer(), helpful, null, "slack", e.desks()));
        if (responseUrl != null) {
            submit(() -> client.respond(responseUrl,
                    ephemeral(entry.isPresent() ? "Thanks for the feedback." : "That answer is too old to rate.")));
        }
        return entry.isPresent();
    }

    private boolean postAnswer(String text, String channel, String threadTs) {
        SlackFilters asked;
        try {
            asked = SlackFilters.parse(text);
        } catch (IllegalArgumentException e) {
            return client.postMessage(channel, threadTs, e.getMessage() + ". " + FILTERS, null);
        }
        String question = asked.question();
        Answer answer = answers.answer(new Question(question, threads.history(channel, threadTs))
                .within(inChannel(asked.filter(), channel)));
        threads.remember(channel, threadTs, new Turn(question, answer.answer()));
        return client.postMessage(channel, threadTs, SlackBlocks.text(answer),
                SlackBlocks.blocks(answer, log.add(question, answer.answer(), desksCited(answer))));
    }

    /** The desks of the articles an answer cites: who may see feedback on it. */
    private static Set<String> desksCited(Answer answer) {
        return answer.citations().stream().map(io.newsdesk.answer.Citation::desk)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * A filter held to the desks a channel reads, when desks have rights of their own: those mapped to it
     * ({@code newsdesk.slack.channels."<id>".desks}), a direct message's ({@code dm-desks}), or else only the
     * desks without lists.
     */
    SearchFilter inChannel(SearchFilter filter, String channel) {
        if (!rights.configured()) {
            return filter;
        }
        SlackConfig.Channel mapped = channel == null ? null : config.channels().get(channel);
        if (mapped != null) {
            return filter.within(Set.copyOf(mapped.desks()), Set.of());
        }
        if (channel != null && channel.startsWith("D")) {
            return filter.within(Set.copyOf(config.dmDesks()), Set.of());
        }
        return filter.within(null, rights.restrictedDesks());
    }

    private static ActionResponse ephemeral(String text) {
        return ActionResponse.builder().responseType("ephemeral").text(text).replaceOriginal(false).build();
    }

    private void submit(Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack work queue is full; a request was dropped");
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
