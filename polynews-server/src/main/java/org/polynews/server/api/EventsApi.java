package org.polynews.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polynews.cluster.ArticleFilter;
import org.polynews.Polynews;
import org.polynews.analyze.AnalyzedArticle;
import org.polynews.analyze.Countries;
import org.polynews.analyze.Entity;
import org.polynews.analyze.Place;
import org.polynews.analyze.PlaceCoordinates;
import org.polynews.analyze.PlaceMention;
import org.polynews.cluster.ClusterSnapshot;
import org.polynews.cluster.StoryReport;
import org.polynews.server.HttpProblem;
import org.polynews.server.Reply;
import org.polynews.server.Request;
import org.polynews.server.Router;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code GET /api/events} (ranked by coverage or newest first, {@link ListingOrder}; filters, {@code storyline}, paging) and {@code GET /api/events/{id}}:
 * the event's articles with their leads, names and places, which of them are near-copies, and the names and
 * places several articles share.
 */
public final class EventsApi {
    private static final int LEAD_CHARS = 600;

    private final Polynews polynews;
    private final StoryIndex stories;
    private final PlaceCoordinates coordinates;

    public EventsApi(Polynews polynews, StoryIndex stories, PlaceCoordinates coordinates) {
        this.polynews = polynews;
        this.stories = stories;
        this.coordinates = coordinates;
    }

    public void register(Router router) {
        router.get("/api/events", this::list);
        router.get("/api/events/{id}", this::one);
    }

    private Reply list(Request request) {
        ArticleFilter filter = ArticleFilters.from(request);
        ListingOrder order = ListingOrder.from(request);
        String storyline = request.query("storyline");
        StoryIndex.View view = stories.current(request);
        List<EventItem> items = view.events().stream()
                .filter(e -> storyline == null || storyline.equals(e.storyline()))
                .filter(e -> filter.matchesAny(view.articlesOf(e)))
                .map(e -> EventItem.of(e, view))
                .toList();
        return Reply.ok(Page.of(order.apply(items), request));
    }

    /** One article of an event, as the event page shows it. */
    record EventArticle(String id, String title, String language, LocalDate published, String site, String source, String url,
                        String lead, List<String> entities, List<String> places,
                        @JsonProperty("near_copy_of") List<String> nearCopyOf) {
    }

    /** A name or place that several of the event's articles mention, in how many and in which languages. */
    record SharedItem(String name, int articles, Set<String> languages, Set<String> written) {
    }

    /**
     * A country the event's articles place it in, for the map: its code, the numeric code world maps key shapes by, its
     * name, how many articles name a place in it, and which places.
     */
    record MapCountry(String country, String numeric, String name, int articles, Set<String> places) {
    }

    /** A city the event's articles name, where it lies, and in how many articles. */
    record MapCity(String id, String name, String country, double latitude, double longitude, int articles) {
    }

    private Reply one(Request request) {
        StoryIndex.View view = stories.current(request);
        String id = request.path("id");
        StoryReport.EventSummary e = view.event(id);
        if (e == null) {
            throw HttpProblem.notFound("no event has the id " + id);
        }
        Set<String> members = new LinkedHashSet<>(e.articles());
        List<ClusterSnapshot.NearCopy> copies = view.report().nearCopies().stream()
                .filter(n -> members.contains(n.first()) && members.contains(n.second())).toList();
        Map<String, List<String>> copyOf = new HashMap<>();
        copies.forEach(n -> {
            copyOf.computeIfAbsent(n.first(), k -> new ArrayList<>()).add(n.second());
            copyOf.computeIfAbsent(n.second(), k -> new ArrayList<>()).add(n.first());
        });
        List<EventArticle> articles = new ArrayList<>();
        Map<String, Shared> names = new LinkedHashMap<>();
        Map<String, Shared> places = new LinkedHashMap<>();
        List<AnalyzedArticle> analysed = new ArrayList<>();
        for (StoryReport.ArticleSummary summary : view.articlesOf(e)) {
            AnalyzedArticle a = polynews.find(summary.id()).map(s -> s.analysis()).orElse(null);
            if (a == null) {
                continue;
            }
            analysed.add(a);
            for (Entity entity : a.entities()) {
                names.computeIfAbsent(entity.headKey(), k -> new Shared(entity.name())).add(a, entity.name());
            }
            for (PlaceMention p : a.places()) {
                places.computeIfAbsent(p.place().id(), k -> new Shared(p.place().name())).add(a, p.surface());
            }
            articles.add(new EventArticle(a.id(), a.article().label(), a.language(), a.article().published(), a.article().site(),
                    a.article().source(), a.article().url(), lead(a),
                    a.entities().stream().sorted(Comparator.comparingInt(Entity::mentions).reversed()).map(Entity::name).limit(12).toList(),
                    a.places().stream().sorted(Comparator.comparingInt(PlaceMention::mentions).reversed()).map(p -> p.place().name()).limit(12).toList(),
                    copyOf.getOrDefault(a.id(), List.of())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", EventItem.of(e, view));
        body.put("map", countries(analysed));
        body.put("map_cities", cities(analysed));
        body.put("articles", articles);
        body.put("shared_entities", sharedByTwoOrMore(names));
        body.put("shared_places", sharedByTwoOrMore(places));
        body.put("near_copies", copies);
        return Reply.ok(body);
    }

    /** The countries of the places the articles name, the most articles first. */
    private static List<MapCountry> countries(List<AnalyzedArticle> articles) {
        Map<String, Set<String>> articlesIn = new LinkedHashMap<>();
        Map<String, Set<String>> placesIn = new LinkedHashMap<>();
        for (AnalyzedArticle a : articles) {
            for (PlaceMention p : a.places()) {
                String country = p.place().country();
                if (country != null) {
                    articlesIn.computeIfAbsent(country, k -> new LinkedHashSet<>()).add(a.id());
                    placesIn.computeIfAbsent(country, k -> new TreeSet<>()).add(p.place().name());
                }
            }
        }
        List<MapCountry> out = new ArrayList<>();
        articlesIn.forEach((country, in) -> {
            String numeric = Countries.numeric(country);
            if (numeric != null) { // a code no map draws (a region of the gazetteer's own)
                out.add(new MapCountry(country, numeric, Countries.name(country), in.size(), placesIn.get(country)));
            }
        });
        out.sort(Comparator.comparingInt(MapCountry::articles).reversed().thenComparing(MapCountry::country));
        return out;
    }

    /** The cities the articles name that the map can place, the most articles first. */
    private List<MapCity> cities(List<AnalyzedArticle> articles) {
        Map<Place, Set<String>> articlesIn = new LinkedHashMap<>();
        for (AnalyzedArticle a : articles) {
            for (PlaceMention p : a.places()) {
                if (p.place().kind() == Place.Kind.CITY) {
                    articlesIn.computeIfAbsent(p.place(), k -> new LinkedHashSet<>()).add(a.id());
                }
            }
        }
        List<MapCity> out = new ArrayList<>();
        articlesIn.forEach((city, in) -> coordinates.of(city.id()).ifPresent(point ->
                out.add(new MapCity(city.id(), city.name(), city.country(), point.latitude(), point.longitude(), in.size()))));
        out.sort(Comparator.comparingInt(MapCity::articles).reversed().thenComparing(MapCity::id));
        return out;
    }

    private static String lead(AnalyzedArticle a) {
        StringBuilder lead = new StringBuilder();
        for (String p : a.article().paragraphs()) {
            if (lead.length() >= LEAD_CHARS) {
                break;
            }
            lead.append(lead.length() == 0 ? "" : "\n\n").append(p);
        }
        return lead.length() > LEAD_CHARS + 200 ? lead.substring(0, LEAD_CHARS) + "…" : lead.toString();
    }

    /** Which articles mention one name or place, and how each writes it. */
    private static final class Shared {
        final String name;
        final Set<String> articles = new LinkedHashSet<>();
        final Set<String> languages = new TreeSet<>();
        final Set<String> written = new LinkedHashSet<>();

        Shared(String name) {
            this.name = name;
        }

        void add(AnalyzedArticle a, String surface) {
            articles.add(a.id());
            languages.add(a.language());
            written.add(surface);
        }
    }

    private static List<SharedItem> sharedByTwoOrMore(Map<String, Shared> found) {
        return found.values().stream()
                .filter(s -> s.articles.size() >= 2)
                .sorted(Comparator.comparingInt((Shared s) -> s.articles.size()).reversed().thenComparing(s -> s.name))
                .map(s -> new SharedItem(s.name, s.articles.size(), s.languages, s.written))
                .toList();
    }
}
