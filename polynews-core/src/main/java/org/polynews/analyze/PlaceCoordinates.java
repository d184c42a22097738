package org.polynews.analyze;

import com.ibm.icu.util.TimeZone;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the gazetteer's cities lie, for maps: {@code place-coordinates.tsv}, the tz database's coordinates of each
 * time zone's city (public domain) and GeoNames' of the other cities the alias list names (CC BY 4.0). Countries have
 * none: maps shade their shapes.
 */
public final class PlaceCoordinates {
    private static final String FILE = "place-coordinates.tsv";

    /** A point on the globe, in degrees. */
    public record Point(double latitude, double longitude) {
    }

    private final Map<String, Point> byPlace;

    private PlaceCoordinates(Map<String, Point> byPlace) {
        this.byPlace = Map.copyOf(byPlace);
    }

    /** The coordinates that ship with polynews. */
    public static PlaceCoordinates bundled() {
        Map<String, Point> byPlace = new HashMap<>();
        for (String[] f : TsvResource.rows(PlaceCoordinates.class, FILE)) {
            Point point = new Point(Double.parseDouble(f[1]), Double.parseDouble(f[2]));
            // a place id starts with its country's code (US/Washington); a zone with its area (Europe/Budapest)
            boolean placeId = f[0].indexOf('/') == 2 && f[0].substring(0, 2).equals(f[0].substring(0, 2).toUpperCase(Locale.ROOT));
            // zone.tab names zones as the tz database does now (Asia/Kolkata), ICU as CLDR does (Asia/Calcutta);
            // a zone newer than this ICU has no city in the gazetteer
            String zone = placeId ? null : TimeZone.getCanonicalID(f[0]);
            Place city = zone == null ? null : PlaceGazetteer.timeZoneCity(zone);
            if (placeId) {
                byPlace.put(f[0], point);
            } else if (city != null) {
                byPlace.putIfAbsent(city.id(), point);
            }
        }
        return new PlaceCoordinates(byPlace);
    }

    /** Where the place lies; empty for a country, a region, or a city without coordinates. */
    public Optional<Point> of(String placeId) {
        return Optional.ofNullable(byPlace.get(placeId));
    }
}
