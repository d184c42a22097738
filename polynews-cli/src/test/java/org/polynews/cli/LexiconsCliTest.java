package org.polynews.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polynews.cli.CliTest.run;

/** lexicons import/list/remove, and compare using the imported lexicon. */
class LexiconsCliTest {
    @Test
    void importCompareAndRemove(@TempDir Path temp) throws Exception {
        Path dictd = Files.createDirectories(temp.resolve("dictd"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dictd.resolve("freedict-spa-eng.dict.dz")))) {
            out.write("""
                    00-database-info
                    A small Spanish - English list for this test

                    acuerdo <n, masc>
                    agreement, deal

                    cable <n, masc>
                    cable, wire

                    eléctrico <adj>
                    electric, electrical

                    submarino <adj>
                    undersea, submarine

                    construir <v>
                    to build, to construct
                    """.getBytes(StandardCharsets.UTF_8));
        }
        String data = temp.resolve("data").toString();
        CliTest.Run none = run("lexicons", "import", "--from", temp.toString(), "--data", data);
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("holds no FreeDict dictionary between English and another language");

        CliTest.Run imported = run("lexicons", "import", "--from", dictd.toString(), "--data", data);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported es→en: 5 stems");
        assertThat(run("lexicons", "list", "--data", data).out()).contains("es→en  5 stems");
        assertThat(run("lexicons", "import", "de", "--from", dictd.toString(), "--data", data).err())
                .contains("no dictionary between de and English (expected freedict-deu-eng.dict.dz or freedict-eng-deu.dict.dz)");

        String es = SimilarityCliTest.EXAMPLES.resolve("cable-deal-es.txt").toString();
        String en = SimilarityCliTest.EXAMPLES.resolve("cable-deal-en.txt").toString();
        assertThat(run("compare", "--data", data, es, en).out()).contains("content words compared through English with FreeDict dictionaries");

        assertThat(run("lexicons", "remove", "es", "--data", data).out()).contains("removed the es→en lexicon");
        assertThat(run("compare", "--data", data, es, en).out()).contains("compared through names, places and numbers");
    }
}
