package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
    final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({"120s,PT2M", "2m,PT2M", "1m30s,PT1M30S", "90,PT1M30S", "500ms,PT0.5S", "1h,PT1H", "PT45S,PT45S", "10M,PT10M"})
    void readsDurationsAsPeopleWriteThem(String text, String iso) {
        // when
        Duration d = converter.convert(text);

        // then
        assertThat(d).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", " ", "10x", "s", "1m 30s", "-5s", "PTX", "PT", "1.5s", "5sec", "P1D", "1s2", "1e3s",
            "0x10", "٣s"})
    void rejectsAnythingElse(String text) {
        // when / then
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("is not a duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0s", "PT0S", "PT-5S", "0ms", "0h0m"})
    void rejectsZero(String text) {
        // when / then
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("must be longer than zero");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "99999999999999999999s", "9223372036854775807h", "PT99999999999999999H",
            "8d", "169h", "10081m"})
    void rejectsWhatNoLabNeedsWithTheLimitInsteadOfAJavaException(String text) {
        // when / then: "8d" is not a unit we read; the others overflow or exceed a week
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageNotContaining("Exception")
                .hasMessageMatching("'.*' (is too long; a timeout can be at most 7 days \\(e\\.g\\. 168h\\)|is not a duration.*)");
    }

    @Test
    void acceptsExactlyAWeek() {
        assertThat(converter.convert("168h")).isEqualTo(Duration.ofDays(7));
    }
}
