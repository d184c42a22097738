package org.polynews.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes text to the terminal without the control characters a file name or an article title may carry: an escape
 * sequence in a scraped title could otherwise retitle the window, move the cursor or hide lines. Tabs and line ends
 * pass; every other control character (C0, DEL, C1) is shown as U+FFFD.
 */
final class TerminalSafeWriter extends FilterWriter {
    static final char SHOWN_INSTEAD = '\uFFFD';

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    static boolean isUnsafe(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    @Override
    public void write(int c) throws IOException {
        super.write(isUnsafe((char) c) ? SHOWN_INSTEAD : c);
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        char[] safe = null;
        for (int i = off; i < off + len; i++) {
            if (isUnsafe(chars[i])) {
                if (safe == null) {
                    safe = java.util.Arrays.copyOfRange(chars, off, off + len);
                }
                safe[i - off] = SHOWN_INSTEAD;
            }
        }
        if (safe == null) {
            super.write(chars, off, len);
        } else {
            super.write(safe, 0, len);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }
}
