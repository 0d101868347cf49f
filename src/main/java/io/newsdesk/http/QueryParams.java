package io.newsdesk.http;

/** Query parameters checked the same way everywhere: a bad one is a 400 that names it, never a 404. */
public final class QueryParams {

    private QueryParams() {
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    public static int wholeNumber(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("\"" + name + "\" must be a whole number from " + min + " to " + max);
    }
}
