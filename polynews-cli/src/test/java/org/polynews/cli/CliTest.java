package org.polynews.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PolynewsCommand.commandLine(out, err, args).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aCommandNamedFirstIsMadeAloneAndHelpsAsAmongAllTheOthers() {
        java.util.Set<String> names = PolynewsCommand.commandLine(new StringWriter(), new StringWriter()).getSubcommands().keySet();
        assertThat(names).contains("ingest", "search", "show", "serve", "eval", "help");
        for (String name : names) {
            if (name.equals("help")) {
                continue;
            }
            assertThat(PolynewsCommand.commandLine(new StringWriter(), new StringWriter(), name, "--help").getSubcommands())
                    .as(name).containsOnlyKeys(name);
            StringWriter amongAll = new StringWriter();
            PolynewsCommand.commandLine(amongAll, new StringWriter()).execute(name, "--help");
            assertThat(run(name, "--help").out()).as(name).isEqualTo(amongAll.toString())
                    .contains(name.equals("warm-up") ? "" : "Usage: polynews " + name); // warm-up is hidden, without help
        }
        Run mistyped = run("serach", "Putin");
        assertThat(mistyped.exit()).isEqualTo(2);
        assertThat(mistyped.err()).contains("search");
        assertThat(run("help").out()).contains(names.stream().filter(n -> !n.equals("warm-up")).toList());
    }

    @Test
    void titlesAndFileNamesReachTheTerminalWithoutTheirControlCharacters(@TempDir Path data) throws Exception {
        Path input = Files.createDirectory(data.resolve("in"));
        Path article = input.resolve("storm\u001b[2J.txt");
        Files.writeString(article, "Storm\u001b]0;owned\u0007 closes the Brenner pass\n\n"
                + "Heavy snow closed the Brenner pass between Austria and Italy on Monday, and lorries queued near Innsbruck.");
        Path store = data.resolve("store");
        Run ingest = run("ingest", "--data", store.toString(), input.toString());
        assertThat(ingest.exit()).isZero();
        Run stories = run("stories", "--data", store.toString());
        assertThat(stories.out()).contains("Storm\uFFFD]0;owned\uFFFD closes the Brenner pass").contains("storm\uFFFD[2J.txt")
                .doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void aDataFolderWithoutAStoreOrAnAmbiguousIdIsNamed(@TempDir Path data) throws Exception {
        Path typo = data.resolve("polynews-dta");
        for (String[] command : new String[][]{{"stories"}, {"search", "Danube"}, {"show", "a1b2"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--data", typo.toString()))
                    .toArray(String[]::new);
            Run run = run(args);
            assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(run.err()).contains(typo + " holds no polynews store").doesNotContain("Exception");
            assertThat(run.out()).doesNotContain("0 storylines");
        }
        assertThat(typo).as("a read does not create the folder it was pointed at").doesNotExist();

        Path store = data.resolve("store");
        Files.createDirectory(data.resolve("in"));
        for (String town : new String[]{"Passau", "Linz", "Krems"}) {
            Files.writeString(data.resolve("in").resolve(town + ".txt"), "Danube floods " + town + "\n\nThe Danube burst its banks in "
                    + town + " on Sunday, and residents of the riverside streets left their homes before the crest arrived.");
        }
        assertThat(run("ingest", "--data", store.toString(), data.resolve("in").toString()).exit()).isZero();
        Run show = run("show", "a", "--data", store.toString());
        assertThat(show.exit()).isEqualTo(1);
        assertThat(show.err()).containsPattern("ambiguous prefix: 3 articles start with a \\(a[0-9a-f]{12}, a[0-9a-f]{12}, a[0-9a-f]{12}\\); give more of the id");
        Run missing = run("show", "zzzz", "--data", store.toString());
        assertThat(missing.err()).contains("zzzz: no stored article has this id, and no file has this name");
    }

    @Test
    void ingestStoriesSearchShowCompareOnTheExamples(@TempDir Path data) {
        String examples = Path.of("..", "examples", "articles").toString();
        Run ingest = run("ingest", "--data", data.toString(), examples);
        assertThat(ingest.exit()).isZero();
        assertThat(ingest.err()).contains("ingested 30 new articles");

        Run stories = run("stories", "--data", data.toString(), "--format", "json");
        assertThat(stories.exit()).isZero();
        assertThat(stories.out()).contains("\"storylines\"", "\"first_published\"", "danube-aid-en.html");
        Run csv = run("stories", "--data", data.toString(), "--format", "csv");
        assertThat(csv.exit()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).startsWith("storyline,storyline_title,event,event_title,first_published,languages,articles,sites,independent_sources");
        assertThat(lines).as("a header and one row per event").hasSize(1 + 8);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",ar;de;en;fa;ru,5,"));

        Run german = run("stories", "--data", data.toString(), "--language", "de");
        assertThat(german.exit()).isZero();
        assertThat(german.out()).containsPattern("Storyline s[0-9a-f]+: Donau überflutet Budapest");
        Run unknown = run("stories", "--data", data.toString(), "--language", "deutsch");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("--language deutsch").doesNotContain("Exception");

        Run polish = run("stories", "--data", data.toString(), "--covered-in", "pl", "--sort", "recent", "--limit", "1");
        assertThat(polish.exit()).isZero();
        assertThat(polish.out()).startsWith("1 storyline, ").contains("pl").contains("independent source")
                .contains("more storyline").contains("left out by the options given");
        Run wellCovered = run("stories", "--data", data.toString(), "--min-sources", "10", "--format", "json");
        assertThat(wellCovered.out()).contains("\"independent_sources\" : 1").doesNotContain("pandas");
        Run badSort = run("stories", "--data", data.toString(), "--sort", "loudest");
        assertThat(badSort.exit()).isEqualTo(1);
        assertThat(badSort.err()).contains("--sort loudest").doesNotContain("Exception");

        Run search = run("search", "--data", data.toString(), "Tehran");
        assertThat(search.exit()).isZero();
        assertThat(search.out()).contains("طهران").contains("Tehran");

        String id = stories.out().replaceAll("(?s).*?\"id\" : \"(a[0-9a-f]+)\".*", "$1");
        Run show = run("show", "--data", data.toString(), id);
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("language", "places", "event");

        Run compare = run("compare", "--data", data.toString(), Path.of(examples, "cable-deal-en.txt").toString(), Path.of(examples, "cable-deal-ar.txt").toString());
        assertThat(compare.exit()).isZero();
        assertThat(compare.out()).contains("geography", "entities", "time", "narrative", "overall", "style", "tone", "Morocco");
    }

    @Test
    void badInputGivesOneLineAndExitCodeOne(@TempDir Path data) throws Exception {
        Path broken = data.resolve("broken.json");
        Files.writeString(broken, "{\"text\": ");
        Run ingest = run("ingest", "--data", data.resolve("store").toString(), broken.toString());
        assertThat(ingest.exit()).isEqualTo(1);
        assertThat(ingest.err()).contains("skipped " + broken + ": broken JSON").doesNotContain("Exception");

        Run show = run("show", "--data", data.resolve("store").toString(), "a000000000000");
        assertThat(show.exit()).isEqualTo(1);
        assertThat(show.err()).startsWith("polynews: a000000000000: no stored article");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("compare", "only-one").exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void theLaunchersWarmUpRunsEveryQuickCommandCleanlyAndIsNotListed() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Run warmUp = run("warm-up");
        assertThat(warmUp.exit()).as("every step (ingest, search, show, compare, stories) succeeded").isZero();
        assertThat(warmUp.out()).isEmpty();
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("polynews-warm-up"));
        }
        assertThat(run("--help").out()).contains("ingest").doesNotContain("warm-up");
    }
}
