package dev.labforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabScaffoldTest {

    @Test
    void renamesOnlyTheTopLevelName() {
        // given
        String yaml = "tor:\n  name: ceos01\nname: old\ncluster:\n  name: k01\n";

        // when
        String renamed = LabScaffold.renamed(yaml, "new-lab");

        // then
        assertThat(renamed).isEqualTo("tor:\n  name: ceos01\nname: new-lab\ncluster:\n  name: k01\n");
    }

    @Test
    void addsANameAfterLeadingCommentsWhenThereIsNone() {
        // given
        String yaml = "# a lab\n\ntor: {name: ceos01}\n";

        // when
        String renamed = LabScaffold.renamed(yaml, "new-lab");

        // then
        assertThat(renamed).isEqualTo("# a lab\n\nname: new-lab\ntor: {name: ceos01}\n");
    }

    @Test
    void keepsSingleQuotedAndCommentedForms() {
        // when
        String renamed = LabScaffold.renamed("name: 'old lab' # x\n", "n");

        // then
        assertThat(renamed).isEqualTo("name: n # x\n");
    }
}
