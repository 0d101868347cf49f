package io.newsdesk.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The Slack Web API through Slack's SDK: {@code chat.postMessage}, {@code reactions.add/remove}, and
 * replies to a {@code response_url}. The SDK's synchronous client does not retry a 429, so a SmallRye
 * Fault Tolerance guard retries it after its {@code Retry-After}, a bounded number of times. Failures are
 * logged by method and error code, never with the message text; the SDK's request-body logging is off.
 */
@ApplicationScoped
public class SlackClient {

    private static final Logger LOG = Logger.getLogger(SlackClient.class);

    private final SlackConfig config;
    private final Slack slack;
    private final MethodsClient methods;
    private final ActionResponseSender responses;
    private final TypedGuard<String> rateLimits;

    public SlackClient(SlackConfig config) {
        this.config = config;
        this.slack = Slack.getInstance(sdkConfig(config));
        this.methods = slack.methods(config.botToken().orElse(""));
        this.responses = new ActionResponseSender(slack);
        this.rateLimits = TypedGuard.create(String.class)
                .withDescription("slack")
                .withRetry()
                    .maxRetries(config.maxRetries())
                    .jitter(0, ChronoUnit.MILLIS)
                    .maxDuration(config.maxRetryAfter().multipliedBy(config.maxRetries() + 1L).toMillis(), ChronoUnit.MILLIS)
                    .whenException(e -> e instanceof RateLimited limited && limited.wait.compareTo(config.maxRetryAfter()) <= 0)
                    .withCustomBackoff().strategy(RetryAfter::new).done()
                    .beforeRetry(e -> LOG.info("Slack rate-limited a call; retrying after its Retry-After"))
                    .done()
                .build();
    }

    private static com.slack.api.SlackConfig sdkConfig(SlackConfig config) {
        com.slack.api.SlackConfig sdk = new com.slack.api.SlackConfig();
        String base = config.apiUrl().endsWith("/") ? config.apiUrl() : config.apiUrl() + "/";
        sdk.setMethodsEndpointUrlPrefix(base);
        sdk.setStatsEnabled(false); // no extra auth.test call per token
        sdk.getHttpClientResponseHandlers().clear(); // the SDK's DEBUG listener logs request and response bodies
        sdk.setHttpClientCallTimeoutMillis(10_000);
        return sdk;
    }

    /** The SDK instance, for the Socket Mode client. */
    Slack slack() {
        return slack;
    }

    /** Posts a message in a thread; false when Slack did not take it. */
    public boolean postMessage(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        return call("chat.postMessage", () -> error(methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(text).blocks(blocks))));
    }

    /** Adds or removes a reaction on a message (👀 while the bot works). */
    public void react(String channel, String timestamp, String name, boolean add) {
        call(add ? "reactions.add" : "reactions.remove", () -> error(add
                ? methods.reactionsAdd(r -> r.channel(channel).timestamp(timestamp).name(name))
                : methods.reactionsRemove(r -> r.channel(channel).timestamp(timestamp).name(name))));
    }

    /** Whether a {@code response_url} is Slack's (by prefix, so no other host or scheme is ever posted to). */
    public boolean isSlackHook(String responseUrl) {
        return responseUrl != null && responseUrl.startsWith(config.responseUrlPrefix())
                && !responseUrl.contains("@") && !responseUrl.contains("\\");
    }

    /** Posts a reply to a slash command's or an interaction's {@code response_url}; never to any other URL. */
    public boolean respond(String responseUrl, ActionResponse reply) {
        if (!isSlackHook(responseUrl)) {
            LOG.warn("Slack response_url refused: it is not a Slack hooks URL");
            return false;
        }
        return call("response_url", () -> {
            WebhookResponse response = responses.send(responseUrl, reply);
            if (response.getCode() == 429) {
                throw new RateLimited(retryAfter(response.getHeaders()));
            }
            return response.getCode() / 100 == 2 ? null : "HTTP " + response.getCode();
        });
    }

    /** Makes a call that returns its error (null when it worked), retrying 429s; false when it failed for good. */
    private boolean call(String method, Callable<String> call) {
        try {
            String error = rateLimits.call(() -> {
                try {
                    return call.call();
                } catch (SlackApiException e) {
                    if (e.getResponse().code() == 429) {
                        throw new RateLimited(retryAfter(e.getResponse().headers().toMultimap()));
                    }
                    return "HTTP " + e.getResponse().code();
                }
            });
            if (error == null) {
                return true;
            }
            LOG.warnf("Slack %s failed: %s", method, error);
        } catch (Exception e) {
            LOG.warnf("Slack %s failed: %s", method, e instanceof RateLimited limited
                    ? "rate-limited for " + limited.wait.toSeconds() + " s" : e.getClass().getSimpleName());
        }
        return false;
    }

    private static String error(SlackApiTextResponse response) {
        return response.isOk() ? null : response.getError();
    }

    private static Duration retryAfter(Map<String, List<String>> headers) {
        String value = headers.entrySet().stream().filter(h -> "Retry-After".equalsIgnoreCase(h.getKey()))
                .flatMap(h -> h.getValue().stream()).findFirst().orElse("1").strip();
        return Duration.ofSeconds(value.matches("\\d{1,6}") ? Math.max(1, Long.parseLong(value)) : 1);
    }

    @PreDestroy
    void stop() throws Exception {
        slack.close();
    }

    /** A 429 from Slack, with how long it asked us to wait. */
    private static final class RateLimited extends Exception {
        final Duration wait;

        RateLimited(Duration wait) {
            super("rate-limited", null, false, false);
            this.wait = wait;
        }
    }

    /** Waits what Slack's {@code Retry-After} asked for. */
    private static final class RetryAfter implements CustomBackoffStrategy {
        @Override
        public long nextDelayInMillis(Throwable failure) {
            return failure instanceof RateLimited limited ? limited.wait.toMillis() : 1_000;
        }
    }
}
