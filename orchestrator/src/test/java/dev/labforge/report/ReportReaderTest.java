package dev.labforge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportReaderTest {

    @Test
    void readsBackWhatTheWriterWrote() {
        // given
        Report mixed = SampleReports.mixed();
        Report deployFailed = SampleReports.deployFailed();

        // when
        Report mixedAgain = ReportReader.fromJson(ReportWriter.toJson(mixed));
        Report deployFailedAgain = ReportReader.fromJson(ReportWriter.toJson(deployFailed));

        // then
        assertThat(mixedAgain).isEqualTo(mixed);
        assertThat(deployFailedAgain).isEqualTo(deployFailed);
    }

    @Test
    void aReportOfALabThatStoppedBeforeItStartedHasNoStartAndNoRuntime() {
        // when
        Report r = ReportReader.fromJson("{\"lab\": \"x\", \"verdict\": \"FAILED\", \"phases\": [{\"name\": \"validate\", \"status\": \"failed\"}]}");

        // then
        assertThat(r.started()).isNull();
        assertThat(r.runtime()).isEmpty();
        assertThat(r.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(r.phases()).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo(PhaseOutcome.Status.FAILED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"lab\": |not JSON: ",
        "[1, 2]|not a report: the document is not a JSON object",
        "{\"runtime\": \"netns\"}|not a report: field 'lab' is missing",
        "{\"lab\": \"x\", \"verdict\": \"GREEN\"}|not a report: verdict 'GREEN' is none of [passed, failed, skipped]",
        "{\"lab\": \"x\", \"checks\": {}}|not a report: field 'checks' is not a list",
        "{\"lab\": \"x\", \"started\": \"yesterday\"}|not a report: started 'yesterday' is not an ISO-8601 instant"})
    void somethingThatIsNotAReportSaysWhatIsWrong(String json, String message) {
        // when / then
        assertThatThrownBy(() -> ReportReader.fromJson(json)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }
}
