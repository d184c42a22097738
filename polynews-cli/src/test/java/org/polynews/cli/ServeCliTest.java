package org.polynews.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polynews.cli.CliTest.run;

/** What serve and loadtest tell a user who got something wrong (the server itself is tested in polynews-server). */
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
}
