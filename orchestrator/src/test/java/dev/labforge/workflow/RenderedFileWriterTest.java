package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labforge.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedFileWriterTest {
    @TempDir
    Path tmp;

    private static final RenderedFile PLAN = new RenderedFile(RenderedFileWriter.MARKER, "lab: a\n");

    @Test
    void aRenderThatDiesHalfWayLeavesAFolderTheNextRenderStillAccepts() throws IOException {
        // given a folder rendered before
        Path out = tmp.resolve("out");
        RenderedFileWriter.write(List.of(new RenderedFile("old.txt", "old\n"), PLAN), out);
        // when the next render fails after its first file ("a.txt/b" cannot be created under the file a.txt)
        assertThatThrownBy(() -> RenderedFileWriter.write(List.of(new RenderedFile("a.txt", "a\n"),
                new RenderedFile("a.txt/b", "b\n"), PLAN), out)).isInstanceOf(UncheckedIOException.class);
        // then the folder is still marked as ours, and a good render replaces it
        assertThat(out.resolve(RenderedFileWriter.MARKER)).exists();
        RenderedFileWriter.write(List.of(new RenderedFile("topology.clab.yaml", "name: a\n"), PLAN), out);
        assertThat(out.resolve("topology.clab.yaml")).hasContent("name: a");
        assertThat(out.resolve("old.txt")).doesNotExist();
        assertThat(out.resolve("a.txt")).doesNotExist();
    }

    @Test
    void aForeignFolderIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep\n");

        assertThatThrownBy(() -> RenderedFileWriter.write(List.of(PLAN), out))
                .isInstanceOf(UsageException.class).hasMessageContaining("not written by labforge");
        assertThat(out.resolve("notes.txt")).hasContent("keep");
        assertThat(out.resolve(RenderedFileWriter.MARKER)).doesNotExist();
    }
}
