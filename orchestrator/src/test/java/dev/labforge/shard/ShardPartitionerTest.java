package dev.labforge.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShardPartitionerTest {
    /** 27 labs, like a course series, as paths under some checkout. */
    static final List<String> LABS = IntStream.rangeClosed(1, 27).mapToObj(i -> "/runner-a/work/labs/%02d-lab".formatted(i)).toList();
    static final Function<String, String> FOLDER_NAME = p -> p.substring(p.lastIndexOf('/') + 1);

    @ParameterizedTest
    @CsvSource({"27,1", "27,2", "27,4", "27,27", "27,30", "5,2", "0,3"})
    void everyLabIsInExactlyOneShardAndSizesDifferByAtMostOne(int labCount, int shards) {
        // given
        List<String> labs = LABS.subList(0, labCount);

        // when
        List<List<String>> partition = ShardPartitioner.partition(labs, FOLDER_NAME, shards);

        // then
        assertThat(partition).hasSize(shards);
        assertThat(partition.stream().flatMap(List::stream).toList()).hasSize(labCount).containsExactlyInAnyOrderElementsOf(labs);
        IntSummaryStatistics sizes = partition.stream().mapToInt(List::size).summaryStatistics();
        assertThat(sizes.getMax() - sizes.getMin()).isLessThanOrEqualTo(1);
    }

    @Test
    void theSplitDependsOnlyOnTheSetOfFolderNamesNotOnOrderOrCheckoutPath() {
        // given: the same labs, shuffled, checked out elsewhere
        List<String> elsewhere = new ArrayList<>(LABS.stream().map(p -> p.replace("/runner-a/work/", "/home/ci/b/")).toList());
        Collections.shuffle(elsewhere, new Random(7));

        // when
        List<List<String>> here = ShardPartitioner.partition(LABS, FOLDER_NAME, 4);
        List<List<String>> there = ShardPartitioner.partition(elsewhere, FOLDER_NAME, 4);

        // then
        assertThat(there.stream().map(s -> s.stream().map(FOLDER_NAME).toList()).toList())
                .isEqualTo(here.stream().map(s -> s.stream().map(FOLDER_NAME).toList()).toList());
    }

    @Test
    void labsAreDealtOutInFolderNameOrder() {
        // given
        List<String> labs = List.of("labs/15-e", "labs/07-a", "labs/10-d", "labs/08-b", "labs/09-c");

        // when
        List<String> first = ShardPartitioner.select(labs, FOLDER_NAME, new Shard(1, 2));
        List<String> second = ShardPartitioner.select(labs, FOLDER_NAME, new Shard(2, 2));

        // then
        assertThat(first).containsExactly("labs/07-a", "labs/09-c", "labs/15-e");
        assertThat(second).containsExactly("labs/08-b", "labs/10-d");
    }

    @Test
    void twoLabsWithTheSameFolderNameCannotBeToldApart() {
        // when / then
        assertThatThrownBy(() -> ShardPartitioner.partition(List.of("a/x", "b/x"), FOLDER_NAME, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a/x and b/x have the same shard key 'x'; shards tell labs apart by folder name, so rename one of the folders");
    }
}
