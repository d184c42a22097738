package org.polynews.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaticResourcesTest {
    @Test
    void namesThatDoNotExistAreRefusedWithoutBeingRemembered() {
        StaticResources resources = new StaticResources();
        assertThat(resources.serve("app.js").status()).isEqualTo(200);
        for (int i = 0; i < 3000; i++) {
            String name = "invented-" + i + ".js";
            assertThatThrownBy(() -> resources.serve(name)).isInstanceOf(HttpProblem.class).hasMessageContaining(name);
        }
        assertThat(resources.remembered()).isEqualTo(1);
    }
}
