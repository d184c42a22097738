package org.polynews.source;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes of unknown encoding into text: BOM, then strict UTF-8, then the charset an HTML page
 * declares, then ICU's statistical detector. Refuses binary content instead of returning garbage.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-z0-9_\\-:.]+)");
    private static final int MIN_DETECTOR_CONFIDENCE = 10;

    /** Thrown when the bytes are not text this decoder can read; the message says why. */
    public static final class UndecodableException extends Exception {
        public UndecodableException(String message) {
            super(message);
        }
    }

    public String decode(byte[] bytes) throws UndecodableException {
        return decode(bytes, null);
    }

    /**
     * @param stated the charset the transport named (an HTTP {@code Content-Type}), or null: after a byte-order mark,
     *               before the page's own declaration, as browsers read pages
     */
    public String decode(byte[] bytes, String stated) throws UndecodableException {
        if (bytes.length == 0) {
            throw new UndecodableException("empty file");
        }
        if (looksBinary(bytes)) {
            throw new UndecodableException("binary content, not text");
        }
        Optional<String> bom = decodeWithBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<String> transport = charset(stated).flatMap(cs -> strict(bytes, cs));
        if (transport.isPresent()) {
            return transport.get();
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Optional<String> declared = declaredCharset(bytes).flatMap(cs -> strict(bytes, cs));
        if (declared.isPresent()) {
            return declared.get();
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < MIN_DETECTOR_CONFIDENCE || !Charset.isSupported(match.getName())) {
            throw new UndecodableException("cannot tell its character encoding");
        }
        return new String(bytes, Charset.forName(match.getName()));
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int suspicious = 0;
        boolean utf16 = n >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (utf16) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                suspicious++;
            }
        }
        return suspicious > n / 20;
    }

    private static Optional<String> decodeWithBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
