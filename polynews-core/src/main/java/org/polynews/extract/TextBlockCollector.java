package org.polynews.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a page into the paragraphs a reader sees: text is cut at every block element and line break,
 * whether it sits in a {@code <p>} or loose in a {@code <div>} between {@code <br>}s, and each block
 * remembers the element that holds it and how much of it is link text. Code, styles, forms controls
 * and hidden elements are skipped. Iterative, so deeply nested broken pages cannot overflow the stack; reading stops
 * after {@link Article#PAGE_TEXT_CHARS}, so a page's cost is bounded whatever its size.
 */
final class TextBlockCollector {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg", "canvas",
            "button", "select", "option", "input", "textarea", "head", "figure", "figcaption", "object", "embed", "math", "video", "audio",
            "rt", "rp"); // ruby annotations: the pronunciation written above the text, not the text
    /** Blocks in jsoup's sense that are worth a paragraph break, plus {@code br}. */
    private static final Set<String> BREAKS = Set.of("br", "hr", "tr", "td", "th");

    List<TextBlock> collect(Element root) {
        Collector collector = new Collector(root);
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.blocks;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && e.text().length() < 40) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean isBreak(Element e) {
        return e.isBlock() || BREAKS.contains(e.normalName());
    }

    private static final class Collector implements NodeFilter {
        private final List<TextBlock> blocks = new ArrayList<>();
        private final Deque<Element> openBlocks = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private long collectedChars;

        Collector(Element root) {
            openBlocks.push(root);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (Thread.currentThread().isInterrupted()) {
                return FilterResult.STOP; // the document was given up (over its time budget): its result is not wanted
            }
            if (node instanceof TextNode t) {
                append(t.text());
                return collectedChars + text.length() > Article.PAGE_TEXT_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY; // comments, doctype
            }
            if (SKIPPED.contains(e.normalName()) || isHidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.normalName().equals("a")) {
                linkDepth++;
            }
            if (isBreak(e)) {
                flush();
                if (e.isBlock() && depth > 0) {
                    openBlocks.push(e);
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.normalName().equals("a")) {
                    linkDepth--;
                }
                if (isBreak(e)) {
                    flush();
                    if (e.isBlock() && depth > 0 && openBlocks.peek() == e) {
                        openBlocks.pop();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(String s) {
            if (s.isBlank()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                return;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && Character.isWhitespace(s.charAt(0))) {
                text.append(' ');
            }
            String stripped = s.strip();
            text.append(stripped);
            if (linkDepth > 0) {
                linkChars += stripped.length();
            }
            if (Character.isWhitespace(s.charAt(s.length() - 1))) {
                text.append(' ');
            }
        }

        void flush() {
            String paragraph = text.toString().strip();
            if (!paragraph.isEmpty()) {
                blocks.add(new TextBlock(paragraph, Math.min(linkChars, paragraph.length()), openBlocks.peek()));
                collectedChars += paragraph.length();
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
