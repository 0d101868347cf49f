package io.newsdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of a file in the corpus folder. Files are read as UTF-8; a file that is not valid UTF-8 but
 * looks like text is read as Windows-1252, the encoding older newsroom systems export; a binary file (an
 * image, an archive, a stray office file) has no text and is passed over rather than indexed as gibberish.
 */
final class CorpusText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control bytes (other than tab, line feed, form feed and carriage return) past which a file is binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private CorpusText() {
    }

    static Optional<String> decode(byte[] bytes) {
        if (isBinary(bytes)) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static boolean isBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
                control++;
            }
        }
        return control > bytes.length * MAX_CONTROL_SHARE;
    }
}
