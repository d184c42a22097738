package org.polynews.extract;

import org.polynews.language.SentenceMarks;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the article among a page's text blocks, in the manner of Readability: every paragraph-sized
 * block votes for the element that holds it (and less for that element's parent), votes are discounted
 * by link density and by class or id names that mark page furniture, the element with most votes wins,
 * and it widens to ancestors and sibling elements that add mostly prose (articles split over several
 * containers); the lead between headline and body joins it. Blocks inside furniture — navigation,
 * asides, comments, sharing, related links, newsletters — are left out, unless the "furniture" holds
 * most of the page's paragraphs or its headline, in which case it is a wrapper with an unlucky name
 * ("content-with-sidebar-wrp").
 */
final class MainContentSelector {
    /** A furniture word that begins or ends a class or id ("sidebar-left", "post-comments"), not one inside it ("content-with-sidebar-wrp"). */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?<![a-z])(?:comments?|commentlist|respond|related|share|sharing|sharedaddy|social|newsletter|subscribe|subscription"
                    + "|cookies?|consent|gdpr|promo|advert|advertisement|ads?|adsbygoogle|sponsor(?:ed)?|sidebar|footer|nav|navbar"
                    + "|navigation|menu|breadcrumbs?|popular|trending|recommended|recirculation|outbrain|taboola|disqus|signup"
                    + "|paywall|modal|popup|toolbar|tags|tag-list|more-stories|read-more|author-bio|byline-bio|author|autor|authors|bio|biography|masthead|banner"
                    + "|skip-link|screen-reader-text|sr-only|visually-hidden|pagination|pager|print-only|caption|credits?|gallery|slideshow|carousel|lightbox)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    /** Never the article, wherever the word sits in a name and however much text there is: comments and consent dialogs. */
    private static final Pattern NEVER_CONTENT = Pattern.compile("comment(?!ary|ator)|disqus|respond|replies|cookie|consent|gdpr", Pattern.CASE_INSENSITIVE);
    /** Class names that describe a state or layout of the page rather than what the element is. */
    private static final Pattern STATE_CLASS = Pattern.compile("^(?:has|no|with|is|show|hide|hidden|without|page|layout|body)[-_].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog|prose|rich-?text", Pattern.CASE_INSENSITIVE);
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "form", "menu", "dialog");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner", "dialog", "search", "menu");
    /** Blocks that are paragraphs themselves: they vote for their container rather than being one. */
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "dt", "dd", "address", "summary", "center", "font");
    private static final Pattern SENTENCE_END = Pattern.compile("[" + SentenceMarks.END + "…»”\"]\\s*$");
    private static final int MIN_VOTING_CHARS = 25;
    private static final double WIDENING_RATIO = 6;

    /** The blocks of the article, in page order. */
    List<TextBlock> select(List<TextBlock> blocks, Element root) {
        // Every sum over an element's blocks is made once per element, children before parents: walking up from each
        // block instead costs blocks × depth, which a page nested 30,000 deep turns into minutes.
        List<Element> bottomUp = new ArrayList<>(root.getAllElements());
        Collections.reverse(bottomUp);
        Map<Element, Integer> textChars = new IdentityHashMap<>();
        Map<Element, Integer> linkChars = new IdentityHashMap<>();
        Map<Element, Integer> paragraphChars = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            textChars.merge(b.element(), b.text().length(), Integer::sum);
            linkChars.merge(b.element(), b.linkChars(), Integer::sum);
            if (isParagraph(b)) {
                paragraphChars.merge(b.element(), b.text().length(), Integer::sum);
            }
        }
        sumUp(textChars, bottomUp, root);
        sumUp(linkChars, bottomUp, root);
        sumUp(paragraphChars, bottomUp, root);
        Element headline = root.selectFirst("h1");
        Set<Element> aboveHeadline = headline == null ? Set.of() : ancestors(headline);
        Map<Element, Boolean> furniture = new IdentityHashMap<>();
        int pageParagraphChars = paragraphChars.getOrDefault(root, 0);
        // A "furniture" name on an element holding most of the page's paragraphs, or its headline, is an
        // unlucky wrapper name ("modal-enabled", "entry-content-read-more") — except for comment sections.
        Predicate<Element> isFurniture = e -> furniture.computeIfAbsent(e, x -> looksLikeFurniture(x)
                && (NEVER_CONTENT.matcher(x.className() + " " + x.id()).find()
                    || paragraphChars.getOrDefault(x, 0) < 0.5 * pageParagraphChars
                    && !aboveHeadline.contains(x)));

        Map<Element, Boolean> inFurniture = new IdentityHashMap<>();
        Map<Element, Double> votes = new IdentityHashMap<>();
        Map<Element, Integer> goodChars = new IdentityHashMap<>();
        Map<Element, Integer> poorChars = new IdentityHashMap<>();
        for (TextBlock b : blocks) {
            if (Thread.currentThread().isInterrupted()) {
                return List.of(); // the document was given up (over its time budget): its result is not wanted
            }
            if (insideFurniture(b.element(), root, isFurniture, inFurniture)) {
                continue;
            }
            boolean good = isParagraph(b);
            (good ? goodChars : poorChars).merge(b.element(), b.text().length(), Integer::sum);
            if (!good) {
                continue;
            }
            double vote = 1 + commas(b.text()) + Math.min(b.text().length() / 100.0, 3);
            Element container = PARAGRAPH_TAGS.contains(b.element().normalName()) && b.element() != root ? b.element().parent() : b.element();
            if (container == null) {
                continue;
            }
            votes.merge(container, vote, Double::sum);
            if (container != root && container.parent() != null) {
                votes.merge(container.parent(), vote / 2, Double::sum);
            }
        }
        if (votes.isEmpty()) {
            return List.of();
        }
        sumUp(goodChars, bottomUp, root);
        sumUp(poorChars, bottomUp, root);
        Element best = null;
        double bestScore = -1;
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Map.Entry<Element, Double> v : votes.entrySet()) {
            Element e = v.getKey();
            double density = linkChars.getOrDefault(e, 0) / (double) Math.max(1, textChars.getOrDefault(e, 0));
            double score = v.getValue() * (1 - Math.min(1, density)) * nameWeight(e);
            scores.put(e, score);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        best = widen(best, root, goodChars, poorChars);
        List<Element> content = new ArrayList<>();
        content.add(best);
        if (best.parent() != null && best != root) {
            double threshold = Math.max(10, bestScore * 0.2);
            for (Element sibling : best.parent().children()) {
                if (sibling != best && scores.getOrDefault(sibling, 0.0) >= threshold && !isFurniture.test(sibling)) {
                    content.add(sibling);
                }
            }
        }
        // A body the page marks as such (schema.org articleBody) is trusted to hold what belongs to it.
        boolean leadAllowed = content.stream().noneMatch(c -> "articleBody".equals(c.attr("itemprop")) || c.closest("[itemprop=articleBody]") != null);
        Set<Element> inContent = within(content);
        int headlineIndex = -1, bodyStart = -1;
        for (int i = 0; i < blocks.size() && bodyStart < 0; i++) {
            Element e = blocks.get(i).element();
            if (headlineIndex < 0 && e.normalName().equals("h1")) {
                headlineIndex = i;
            } else if (inContent.contains(e)) {
                bodyStart = i;
            }
        }
        // The lead must share a container with the headline and the body, short of the whole page.
        Element articleRegion = null;
        if (headlineIndex >= 0) {
            Set<Element> aboveBest = ancestors(best);
            articleRegion = blocks.get(headlineIndex).element();
            while (articleRegion != null && !aboveBest.contains(articleRegion)) {
                articleRegion = articleRegion.parent();
            }
            if (articleRegion == root || articleRegion == null || articleRegion.normalName().equals("body")) {
                articleRegion = null;
            }
        }
        Set<Element> inArticleRegion = articleRegion == null ? Set.of() : within(List.of(articleRegion));
        List<TextBlock> selected = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            // Between the headline and the body sits the lead, often in a container of its own.
            boolean lead = leadAllowed && headlineIndex >= 0 && i > headlineIndex && i < bodyStart && isParagraph(b) && b.linkChars() == 0
                    && SENTENCE_END.matcher(b.text()).find() && inArticleRegion.contains(b.element());
            if ((lead || inContent.contains(b.element())) && !insideFurniture(b.element(), root, isFurniture, inFurniture)
                    && !(b.linkDensity() > 0.5 && b.text().length() < 200)) {
                selected.add(b);
            }
        }
        return selected;
    }

    /**
     * Articles are often split over several containers (lead, body sections, a fact box); climbs from
     * the best container to its ancestors as long as what each step adds is mostly good paragraphs.
     */
    private static Element widen(Element best, Element root, Map<Element, Integer> goodChars, Map<Element, Integer> poorChars) {
        Element current = best;
        while (current != root && current.parent() != null) {
            Element parent = current.parent();
            int addedGood = goodChars.getOrDefault(parent, 0) - goodChars.getOrDefault(current, 0);
            int addedPoor = poorChars.getOrDefault(parent, 0) - poorChars.getOrDefault(current, 0);
            if (addedGood < WIDENING_RATIO * addedPoor) {
                break;
            }
            current = parent;
        }
        return current;
    }

    /** Text long enough and with few enough links to be prose rather than a menu or a label. */
    private static boolean isParagraph(TextBlock b) {
        return b.text().length() >= MIN_VOTING_CHARS && b.linkDensity() <= 0.5;
    }

    private static boolean looksLikeFurniture(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main") || "articleBody".equals(e.attr("itemprop"))) {
            return false;
        }
        if (FURNITURE_TAGS.contains(tag) || FURNITURE_ROLES.contains(e.attr("role"))) {
            return true;
        }
        if (tag.equals("header")) {
            return e.closest("article, main") == null;
        }
        String names = e.className() + " " + e.id();
        if (NEVER_CONTENT.matcher(names).find()) {
            return true;
        }
        for (String name : names.split("\\s+")) {
            // A BEM modifier ("Section--Ads") describes a variant of the block, not what the block is.
            int modifier = name.indexOf("--");
            name = modifier > 0 ? name.substring(0, modifier) : name;
            if (!name.isEmpty() && !STATE_CLASS.matcher(name).matches() && namesFurniture(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesFurniture(String name) {
        var m = FURNITURE.matcher(name);
        while (m.find()) {
            if (m.start() == 0 || m.end() == name.length()) {
                return true;
            }
        }
        return false;
    }


    private static double nameWeight(Element e) {
        if ("articleBody".equals(e.attr("itemprop")) || "article".equals(e.normalName())) {
            return 1.5;
        }
        String names = e.className() + " " + e.id();
        return CONTENT.matcher(names).find() ? 1.25 : 1.0;
    }

    /** Whether {@code e} or an ancestor below {@code root} is furniture; remembered per element, as blocks share ancestors. */
    private static boolean insideFurniture(Element e, Element root, Predicate<Element> isFurniture, Map<Element, Boolean> known) {
        List<Element> unknown = new ArrayList<>();
        boolean answer = false;
        for (Element x = e; x != null && x != root; x = x.parent()) {
            Boolean seen = known.get(x);
            if (seen != null) {
                answer = seen;
                break;
            }
            unknown.add(x);
        }
        // Decide from the top down, so each element's answer covers its ancestors too.
        for (int i = unknown.size() - 1; i >= 0; i--) {
            answer = answer || isFurniture.test(unknown.get(i));
            known.put(unknown.get(i), answer);
        }
        return answer;
    }

    /** Adds each element's sum to its parent's, up to {@code root}; {@code bottomUp} lists root's elements, children first. */
    private static void sumUp(Map<Element, Integer> sums, List<Element> bottomUp, Element root) {
        for (Element e : bottomUp) {
            Integer own = sums.get(e);
            if (own != null && e != root && e.parent() != null) {
                sums.merge(e.parent(), own, Integer::sum);
            }
        }
    }

    /** The element and all that contain it, by identity. */
    private static Set<Element> ancestors(Element e) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element x = e; x != null; x = x.parent()) {
            out.add(x);
        }
        return out;
    }

    /** The containers and every element inside them, by identity. */
    private static Set<Element> within(List<Element> containers) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element c : containers) {
            out.addAll(c.getAllElements());
        }
        return out;
    }


    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }
}
