package dev.labforge.guide.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgvTest {

    @Test
    void quotesGroupWordsAndNothingIsExpanded() {
        // given
        String text = "vtysh -c \"show ip bgp\" 'a $HOME; rm -rf /' x\\ y \"say \\\"hi\\\"\" $(id) *";

        // when
        List<String> words = Argv.split(text);

        // then
        assertThat(words).containsExactly("vtysh", "-c", "show ip bgp", "a $HOME; rm -rf /", "x y", "say \"hi\"", "$(id)", "*");
    }

    @Test
    void anUnclosedQuoteSaysWhere() {
        assertThatThrownBy(() -> Argv.split("vtysh -c 'show ip bgp"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unclosed ' in `vtysh -c 'show ip bgp`");
        assertThatThrownBy(() -> Argv.split("vtysh -c \"show"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unclosed \" in `vtysh -c \"show`");
    }

    @Test
    void joinQuotesWhatAShellWouldSplitAndSplitReadsItBack() {
        // given
        List<String> words = List.of("vtysh", "-c", "show ip bgp summary", "it's", "", "192.168.42.192/26", "a@b");

        // when
        String joined = Argv.join(words);

        // then
        assertThat(joined).isEqualTo("vtysh -c 'show ip bgp summary' 'it'\\''s' '' 192.168.42.192/26 a@b");
        assertThat(Argv.split(joined)).isEqualTo(words);
    }
}
