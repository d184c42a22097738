package org.polynews.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polynews.Polynews;
import org.polynews.server.PolynewsServer;
import org.polynews.server.ServerSettings;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polynews.cli.CliTest.run;

/**
 * What serve and loadtest tell a user who got something wrong, and how read commands ask the server that holds a store
 * (the server itself is tested in polynews-server).
 */
class ServeCliTest {
    @Test
    void aPortInUseIsNamedWithTheWayOut(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliTest.Run serve = run("serve", "--data", data.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(serve.exit()).isEqualTo(1);
            assertThat(serve.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("--port");
        }
    }

    @Test
    void sizesAndPortsAreChecked(@TempDir Path data) {
        CliTest.Run size = run("serve", "--data", data.toString(), "--max-body", "12x");
        assertThat(size.exit()).isEqualTo(2);
        assertThat(size.err()).contains("not a size: '12x'");
        CliTest.Run port = run("serve", "--data", data.toString(), "--port", "70000");
        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).contains("port must be between 0 and 65535");
        assertThat(new ServeCommand.ByteSize().convert("512k")).isEqualTo(512L * 1024);
        assertThat(new ServeCommand.ByteSize().convert("16MiB")).isEqualTo(16L << 20);
    }

    @Test
    void loadtestSaysWhenNoServerAnswers() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        CliTest.Run load = run("loadtest", "http://127.0.0.1:" + closed + "/", "--requests", "5");
        assertThat(load.exit()).isEqualTo(1);
        assertThat(load.err()).contains("cannot reach http://127.0.0.1:" + closed + "/").contains("polynews serve");
    }

    @Test
    void readCommandsAskTheServerThatHoldsTheStore(@TempDir Path data) throws Exception {
        assertThat(run("ingest", "--data", data.toString(), Path.of("..", "examples", "articles").toString()).exit()).isZero();
        CliTest.Run search = run("search", "Danube", "--data", data.toString(), "--format", "json");
        String id = Polynews.outputMapper().readTree(search.out()).at("/hits/0/id").asText();
        CliTest.Run show = run("show", id.substring(0, 6), "--data", data.toString(), "--format", "json");
        CliTest.Run showText = run("show", id, "--data", data.toString());
        String other = Polynews.outputMapper().readTree(search.out()).at("/hits/1/id").asText();
        CliTest.Run compare = run("compare", id, other, "--data", data.toString(), "--format", "json");
        CliTest.Run compareText = run("compare", id, other, "--data", data.toString());
        CliTest.Run storiesText = run("stories", "--data", data.toString());
        CliTest.Run storiesJson = run("stories", "--data", data.toString(), "--format", "json", "--language", "de");
        CliTest.Run storiesCsv = run("stories", "--data", data.toString(), "--format", "csv", "--min-sources", "2");
        String[] someStories = {"stories", "--data", data.toString(), "--sort", "recent", "--limit", "2", "--covered-in", "ar",
                "--since", "2000-01-01", "--until", "2100-12-31"};
        CliTest.Run storiesSome = run(someStories);
        assertThat(storiesSome.out()).as("a real listing, some storylines left out").contains("Storyline ").contains("more storylines left out");

        try (Polynews polynews = Polynews.open(data);
             PolynewsServer server = new PolynewsServer(polynews, ServerSettings.loopback(0), new PrintStream(OutputStream.nullOutputStream())).start()) {
            ServingFile.write(data, server.uri(), server.instance());
            CliTest.Run remoteSearch = run("search", "Danube", "--data", data.toString(), "--format", "json");
            assertThat(remoteSearch.exit()).as(remoteSearch.err()).isZero();
            assertThat(remoteSearch.err()).contains("is served at " + server.uri() + "; asking it");
            assertThat(remoteSearch.out()).as("the same answer as from the store itself").isEqualTo(search.out());
            assertThat(run("show", id.substring(0, 6), "--data", data.toString(), "--format", "json").out()).isEqualTo(show.out());
            assertThat(run("show", id, "--data", data.toString()).out()).isEqualTo(showText.out());
            assertThat(run("compare", id, other, "--data", data.toString(), "--format", "json").out()).isEqualTo(compare.out());
            assertThat(run("compare", id, other, "--data", data.toString()).out()).isEqualTo(compareText.out());

            assertThat(run("stories", "--data", data.toString()).out()).isEqualTo(storiesText.out());
            assertThat(run("stories", "--data", data.toString(), "--format", "json", "--language", "de").out()).isEqualTo(storiesJson.out());
            assertThat(run("stories", "--data", data.toString(), "--format", "csv", "--min-sources", "2").out()).isEqualTo(storiesCsv.out());
            assertThat(run(someStories).out()).as("chosen by the server").isEqualTo(storiesSome.out());
            CliTest.Run ingestToo = run("stories", "--data", data.toString(), Path.of("..", "examples", "articles").toString());
            assertThat(ingestToo.exit()).as("ingesting is left to the server's own upload").isEqualTo(1);
            assertThat(ingestToo.err()).contains("is in use by polynews serve at " + server.uri()).contains("stop it to run stories here");

            ServingFile.write(data, URI.create("http://127.0.0.1:9/"), server.instance()); // killed without cleaning up: nobody answers
            assertThat(run("search", "Danube", "--data", data.toString()).err()).contains("in use by another polynews process");
            ServingFile.write(data, server.uri(), "an-earlier-run"); // its port now taken by another server, of another folder
            assertThat(run("search", "Danube", "--data", data.toString()).err()).contains("in use by another polynews process");
        }
        assertThat(run("search", "Danube", "--data", data.toString(), "--format", "json").out()).as("the store free again: read here")
                .isEqualTo(search.out());
    }
}
