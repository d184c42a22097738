package org.polynews.analyze;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.language.TextNormalizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The gazetteer read back from the cache knows every name the built one knows, and a damaged cache costs only time. */
class PlaceGazetteerCacheTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    private static final List<String> NAMES = List.of("Syria", "سوريا", "سوریه", "叙利亚", "مسکو", "Budapest", "russisch", "Donbas");

    @Test
    void aGazetteerReadFromTheCacheAnswersAsTheBuiltOne(@TempDir Path folder) throws IOException {
        PlaceGazetteerCache cache = new PlaceGazetteerCache(folder);
        PlaceGazetteer built = cache.load(normalizer);
        List<Path> files = files(folder);
        assertThat(files).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).startsWith("places-").endsWith(".bin"));

        Files.writeString(folder.resolve("places-0000000000000000.bin"), "an older version's"); // is removed when a new one is kept
        PlaceGazetteer read = cache.load(normalizer);
        assertThat(read.size()).isEqualTo(built.size());
        for (String name : NAMES) {
            assertThat(read.lookupInflected(read.key(name))).as(name).isEqualTo(built.lookupInflected(built.key(name)));
        }
        assertThat(read.lookupCapitals("US")).isEqualTo(built.lookupCapitals("US"));
        assertThat(read.lookupLowercase(read.key("russisch"))).isEqualTo(built.lookupLowercase(built.key("russisch"))).isNotNull();
        assertThat(read.byId("RU/Moscow")).isEqualTo(built.byId("RU/Moscow")).isNotNull();

        Files.write(files.get(0), new byte[] {0, 0, 0, 7, 1}); // cut short
        PlaceGazetteer rebuilt = cache.load(normalizer);
        assertThat(rebuilt.size()).isEqualTo(built.size());
        assertThat(files(folder)).as("written again, the other file gone").containsExactlyElementsOf(files);
        assertThat(Files.size(files.get(0))).isGreaterThan(1000);
    }

    @Test
    void aFolderThatCannotBeWrittenMeansNoCache(@TempDir Path folder) throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        PlaceGazetteer gazetteer = new PlaceGazetteerCache(notAFolder.resolve("cache")).load(normalizer);
        assertThat(gazetteer.lookup(gazetteer.key("Syria")).id()).isEqualTo("SY");
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
