package dev.labforge.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labforge.render.RenderedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedFileWriterTest {

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
