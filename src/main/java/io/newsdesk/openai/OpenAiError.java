package io.newsdesk.openai;

/** A request the OpenAI-compatible API refuses, answered as {@code {"error": {"message", "type"}}}. */
public class OpenAiError extends RuntimeException {

    private final int status;
    private final String type;

    public OpenAiError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    public static OpenAiError invalid(String message) {
        return new OpenAiError(400, "invalid_request_error", message);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}
