package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labforge.render.RenderedFile;
import java.io.IOException;
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
                new RenderedFile("a.txt/b", "b\n"), PLAN), out)).isInstanceOf(UsageException.class);
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

    @Test
    void anOutputPathThatIsAFileIsAUsageErrorNotAnInternalOne(@TempDir Path dir) throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("lab.yaml"), "name: x\n");

        // when
        UsageException e = catchThrowableOfType(UsageException.class,
                () -> RenderedFileWriter.write(List.of(new RenderedFile("README.md", "hi\n")), file));

        // then
        assertThat(e).hasMessageContaining(file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("name: x\n");
    }

    @Test
    void aFolderThatCannotBeCreatedIsAUsageErrorNamingThePath(@TempDir Path dir) throws Exception {
        // given: the output folder would have to be created below a file
        Path file = Files.writeString(dir.resolve("taken"), "x");
        Path out = file.resolve("out");

        // when
        UsageException e = catchThrowableOfType(UsageException.class,
                () -> RenderedFileWriter.write(List.of(new RenderedFile("README.md", "hi\n")), out));

        // then
        assertThat(e).hasMessageStartingWith("could not write the rendered lab to " + out + ": ");
    }
}
