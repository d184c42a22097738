package org.polynews.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressMeterTest {
    @Test
    void timeLeftIsSaidInTheUnitPeopleUse() {
        assertThat(ProgressMeter.duration(44.6)).isEqualTo("45 s");
        assertThat(ProgressMeter.duration(89)).isEqualTo("89 s");
        assertThat(ProgressMeter.duration(12 * 60 + 10)).isEqualTo("12 min");
        assertThat(ProgressMeter.duration(3 * 3600 + 20 * 60)).isEqualTo("3 h 20 min");
        assertThat(ProgressMeter.duration(-3)).as("a rate that overshoots the total").isEqualTo("0 s");
    }
}
