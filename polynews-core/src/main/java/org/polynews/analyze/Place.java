package org.polynews.analyze;

/**
 * A place as polynews knows it, the same in every language.
 *
 * @param id      {@code SY} for a country (ISO 3166), {@code RU/Moscow} for a city, {@code EU} for a region
 * @param name    English name, for display
 * @param country ISO code of the country it lies in (itself for a country)
 * @param kind    country, city or region
 */
public record Place(String id, String name, String country, Kind kind) {
    public enum Kind { COUNTRY, CITY, REGION }
}
