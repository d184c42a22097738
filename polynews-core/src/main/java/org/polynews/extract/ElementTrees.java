package org.polynews.extract;

import org.jsoup.nodes.Element;

/** Where an element sits in the page's tree, by identity (jsoup's {@code parents()} copies the whole chain). */
final class ElementTrees {
    private ElementTrees() {
    }

    /** Whether {@code e} is {@code ancestor} or lies inside it. */
    static boolean isWithin(Element e, Element ancestor) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }
}
