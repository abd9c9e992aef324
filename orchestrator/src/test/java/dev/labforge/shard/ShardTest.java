package dev.labforge.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {

    @Test
    void parsesKOfN() {
        // when
        Shard shard = Shard.parse("2/4");

        // then
        assertThat(shard).isEqualTo(new Shard(2, 4));
        assertThat(shard).hasToString("2/4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/2", "3/2", "1/0"})
    void aShardThatDoesNotExistIsRejectedWithTheRangeThatDoes(String text) {
        // when / then
        assertThatThrownBy(() -> Shard.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("shard " + text + " does not exist: K/N needs 1 <= K <= N");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "1", "1/2/3", "-1/2", "a/b", ""})
    void somethingThatIsNotKOfNIsRejectedWithAnExample(String text) {
        // when / then
        assertThatThrownBy(() -> Shard.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not K/N: give the shard's number and the number of shards, e.g. 1/4 (the first of four)");
    }
}
