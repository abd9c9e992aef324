package dev.labforge.wait;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void textUsesTenthsBelowTenSecondsThenWholeSecondsThenMinutes() {
        assertThat(Durations.text(Duration.ZERO)).isEqualTo("0.0 s");
        assertThat(Durations.text(Duration.ofMillis(400))).isEqualTo("0.4 s");
        assertThat(Durations.text(Duration.ofMillis(9_949))).isEqualTo("9.9 s");
        assertThat(Durations.text(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(Durations.text(Duration.ofMillis(119_400))).isEqualTo("119 s");
        assertThat(Durations.text(Duration.ofSeconds(120))).isEqualTo("2 min");
        assertThat(Durations.text(Duration.ofSeconds(250))).isEqualTo("4 min 10 s");
        assertThat(Durations.text(Duration.ofMillis(-5))).as("never negative").isEqualTo("0.0 s");
    }

    @Test
    void stampHasAFixedWidth() {
        assertThat(Durations.stamp(Duration.ofMillis(1234))).isEqualTo("[ 1.23s]");
        assertThat(Durations.stamp(Duration.ofSeconds(75))).isEqualTo("[75.00s]");
    }

    @Test
    void secondsForFilesKeepMilliseconds() {
        assertThat(Durations.seconds(Duration.ofMillis(1234))).isEqualTo("1.234");
        assertThat(Durations.seconds(Duration.ZERO)).isEqualTo("0.000");
    }

    @Test
    void flagIsWrittenTheWayTimeoutIsGiven() {
        assertThat(Durations.flag(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(Durations.flag(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(Durations.flag(Duration.ofSeconds(90))).isEqualTo("1m30s");
    }
}
