package org.polynews.analyze;

import org.junit.jupiter.api.Test;
import org.polynews.language.TextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The gazetteer's cities have coordinates where they lie; countries have none (maps shade them). */
class PlaceCoordinatesTest {
    private final PlaceCoordinates coordinates = PlaceCoordinates.bundled();

    @Test
    void citiesOfTimeZonesAndOfTheAliasListLieWhereTheyAre() {
        assertThat(coordinates.of("HU/Budapest")).hasValueSatisfying(p -> {
            assertThat(p.latitude()).isCloseTo(47.50, within(0.2));
            assertThat(p.longitude()).isCloseTo(19.08, within(0.2));
        });
        assertThat(coordinates.of("US/Washington")).as("from the alias list: DC, not one of the other Washingtons")
                .hasValueSatisfying(p -> assertThat(p.longitude()).isCloseTo(-77.04, within(0.1)));
        assertThat(coordinates.of("AR/Buenos Aires")).hasValueSatisfying(p -> assertThat(p.latitude()).isNegative());
        assertThat(coordinates.of("HU")).as("a country").isEmpty();
    }

    @Test
    void everyCityTheGazetteerKnowsByItsTimeZoneOrAliasHasCoordinates() {
        PlaceGazetteer gazetteer = new PlaceGazetteer(new TextNormalizer());
        for (String city : new String[] {"Moscow", "Москва", "Kraków", "الرباط", "München", "Tokyo", "Nairobi"}) {
            Place place = gazetteer.lookup(gazetteer.key(city));
            assertThat(place).as(city).isNotNull();
            assertThat(coordinates.of(place.id())).as(place.id()).isPresent();
        }
    }
}
