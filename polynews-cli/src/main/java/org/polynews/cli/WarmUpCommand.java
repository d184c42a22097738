package org.polynews.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.polynews.Polynews;
import picocli.CommandLine.Command;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Not for users: ingests three short articles into a scratch folder and runs search, show, compare and stories on
 * them, printing nothing. The launcher runs it once per build with {@code -XX:ArchiveClassesAtExit}, so that the
 * classes those commands load are kept in a class-data archive (AppCDS) and later commands start without loading and
 * verifying them again (show and search start about 0.5 s sooner). Returns the first failing step's exit code.
 */
@Command(name = "warm-up", hidden = true, description = "Runs the quick commands once on built-in articles (for the launcher's class-data archive).")
final class WarmUpCommand implements Callable<Integer> {
    private static final List<String[]> ARTICLES = List.of(
            new String[]{"flood-en.txt", "Danube floods Budapest\n\nThe Danube rose to a record level in Budapest on Sunday, "
                    + "and Chancellor Angela Merkel promised help to the towns along the river in Germany and Hungary."},
            new String[]{"flood-de.txt", "Donau überflutet Budapest\n\nDie Donau erreichte am Sonntag in Budapest einen "
                    + "Rekordstand. Bundeskanzlerin Angela Merkel sagte den Städten am Fluss Hilfe zu."},
            new String[]{"flood-ar.txt", "فيضان الدانوب في بودابست\n\nارتفع نهر الدانوب إلى مستوى قياسي في بودابست يوم الأحد، "
                    + "ووعدت المستشارة أنغيلا ميركل بمساعدة المدن الواقعة على النهر."});

    @Override
    public Integer call() throws Exception {
        Path scratch = ScratchFolder.create("polynews-warm-up");
        try {
            Path articles = Files.createDirectory(scratch.resolve("articles"));
            for (String[] article : ARTICLES) {
                Files.writeString(articles.resolve(article[0]), article[1], StandardCharsets.UTF_8);
            }
            String data = scratch.resolve("data").toString();
            int failed = run(new StringWriter(), "ingest", articles.toString(), "--data", data, "-q");
            StringWriter found = new StringWriter();
            failed = first(failed, run(found, "search", "Merkel", "--format", "json", "--data", data));
            List<String> ids = new ArrayList<>();
            for (JsonNode hit : Polynews.outputMapper().readTree(found.toString())) {
                ids.add(hit.path("id").asText());
            }
            if (ids.size() < 2) {
                return first(failed, 1); // the built-in articles all name Merkel: the search itself went wrong
            }
            failed = first(failed, run(new StringWriter(), "show", ids.get(0), "--data", data));
            failed = first(failed, run(new StringWriter(), "compare", ids.get(0), ids.get(1), "--data", data));
            failed = first(failed, run(new StringWriter(), "search", "ميركل", "--data", data));
            failed = first(failed, run(new StringWriter(), "stories", "--data", data));
            return first(failed, run(new StringWriter(), "stories", "--format", "json", "--data", data));
        } finally {
            ScratchFolder.deleteQuietly(scratch);
        }
    }

    private static int run(Writer out, String... args) {
        return PolynewsCommand.commandLine(out, new StringWriter(), args).execute(args);
    }

    private static int first(int failed, int exit) {
        return failed != 0 ? failed : exit;
    }
}
