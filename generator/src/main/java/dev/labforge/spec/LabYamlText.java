package dev.labforge.spec;

import dev.labforge.diag.Diagnostics;
import dev.labforge.diag.SourceMark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A lab file as text and as a YAML node tree: read as UTF-8 (a bad byte reported at its line and column),
 * composed with marks; every failure is a diagnostic at the file, never an exception. Binding the tree to the
 * spec records is {@link SpecLoader}'s job.
 */
final class LabYamlText {

    private LabYamlText() {
    }

    /** The file's text, or null with an E-FILE diagnostic. */
    static String read(Path file, String displayName, Diagnostics out) {
        SourceMark at = new SourceMark(displayName, 1, 1);
        if (!Files.exists(file)) {
            Path parent = file.getParent();
            boolean folderGiven = parent != null && Files.isDirectory(parent) && file.getFileName().toString().equals("lab.yaml");
            out.error("E-FILE", SpecLoader.FILE_PATH, at, folderGiven ? "the folder has no lab.yaml" : "the file does not exist",
                    "pass a lab folder that contains lab.yaml, or the path of a lab.yaml file");
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
            java.nio.CharBuffer text = java.nio.CharBuffer.allocate(bytes.length);
            java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder().decode(in, text, true);
            if (r.isError()) {
                int bad = in.position();
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < bad; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                out.error("E-FILE", SpecLoader.FILE_PATH, new SourceMark(displayName, line, bad - lineStart + 1),
                        String.format("the file is not UTF-8 text: byte 0x%02X at line %d is not valid UTF-8", bytes[bad] & 0xff, line),
                        "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)");
                return null;
            }
            return text.flip().toString();
        } catch (IOException e) {
            out.error("E-FILE", SpecLoader.FILE_PATH, at, "cannot read the file: " + e.getMessage(),
                    "check that the file is readable and UTF-8 encoded");
            return null;
        }
    }

    /** The YAML node tree, or null (empty file, or an E-YAML diagnostic). */
    static Node compose(String text, String displayName, YamlBinder b, Diagnostics out) {
        // non-scalar keys parse so that the binder can report them at their position
        LoadSettings settings = LoadSettings.builder().setLabel(displayName).setUseMarks(true).setAllowNonScalarKeys(true)
                .setMaxAliasesForCollections(50).build();
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            return node.orElse(null);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> m = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext()
                    + e.getContextMark().map(cm -> " at line " + (cm.getLine() + 1)).orElse("") + ")";
            out.error("E-YAML", SpecLoader.FILE_PATH, b.mark(m), "YAML syntax error: " + e.getProblem() + context,
                    "check indentation, colons and quotes around this position");
        } catch (StackOverflowError e) {
            // the parser recurses once per nesting level; a file nested thousands deep is not a lab
            out.error("E-YAML", SpecLoader.FILE_PATH, new SourceMark(displayName, 1, 1), "YAML nests too deeply to read",
                    "a lab file nests a few levels deep; look for runaway '[' or '{'");
        } catch (YamlEngineException e) {
            out.error("E-YAML", SpecLoader.FILE_PATH, new SourceMark(displayName, 1, 1), "YAML error: " + e.getMessage(),
                    "the file must be UTF-8 text with a single YAML document");
        }
        return null;
    }
}
