package org.polynews.cluster;

/** The facts of events and storylines kept in the grouping file that are still true; null for the others. */
public interface SavedFacts {
    SavedFacts NONE = new SavedFacts() {
        @Override
        public EventFacts event(String id) {
            return null;
        }

        @Override
        public StorylineFacts storyline(String id) {
            return null;
        }
    };

    EventFacts event(String id);

    StorylineFacts storyline(String id);
}
