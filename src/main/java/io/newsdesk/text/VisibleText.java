package io.newsdesk.text;

/**
 * Text as a reader sees it. Pasted and imported text can carry characters nobody sees: control characters
 * (a NUL from a broken export), zero-width spaces, direction marks, half a surrogate pair. They would make a
 * quote differ from what is shown, and a question or article of nothing but them would reach the model empty.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /**
     * The text with control characters other than tab and line breaks read as spaces, and invisible format
     * characters and lone surrogates dropped. Text without any is returned unchanged, the same instance.
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            int type = Character.getType(c);
            boolean hidden = type == Character.FORMAT || type == Character.SURROGATE;
            boolean control = type == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
            if (hidden || control) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (control) {
                    out.append(' ');
                }
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** Whether the text holds a letter or a digit, in any script: something to search for. */
    public static boolean hasWords(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
