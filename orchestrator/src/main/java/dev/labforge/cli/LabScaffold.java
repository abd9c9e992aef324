package dev.labforge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** `lab new`: writes a lab.yaml from a built-in archetype, or from another lab with a new name. */
final class LabScaffold {
    static final String NAME_PLACEHOLDER = "@NAME@";
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    /** containerlab names containers clab-&lt;lab&gt;-&lt;node&gt; (at most 63 characters): leave room for nodes. */
    static final int MAX_NAME = 40;
    /** The top-level {@code name:} line (column 0), keeping a trailing comment. */
    private static final Pattern NAME_LINE = Pattern.compile(
            "(?m)^name:[ \\t]*(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^#\\n]*?)([ \\t]+#[^\\n]*)?[ \\t]*$");

    private LabScaffold() {
    }

    /** Creates {@code dir/lab.yaml}; returns its path. {@code from} is another lab's lab.yaml, or null for the archetype. */
    static Path create(Path dir, Path from, Archetype archetype) {
        Path target = dir.resolve(LabPaths.LAB_FILE);
        if (Files.exists(target)) {
            throw new CliException(ExitCodes.INVALID, target + " already exists; `lab new` never overwrites a lab. "
                    + "Choose a new folder, or edit that lab.yaml directly.");
        }
        String name = labName(dir);
        String text = from == null ? archetype(archetype, name) : renamed(read(from), name);
        try {
            Files.createDirectories(dir);
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new CliException(ExitCodes.INVALID, target + " already exists; `lab new` never overwrites a lab.");
        } catch (IOException e) {
            throw new CliException(ExitCodes.ENVIRONMENT, "could not write " + target + ": " + e.getMessage());
        }
        return target;
    }

    /** The lab name: the folder's name, which must be a short DNS-1123 label. */
    static String labName(Path dir) {
        Path last = dir.toAbsolutePath().normalize().getFileName();
        String name = last == null ? "" : last.toString();
        if (!DNS_LABEL.matcher(name).matches() || name.length() > MAX_NAME) {
            String suggestion = name.toLowerCase().replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-")
                    .replaceAll("^-|-$", "");
            throw new CliException(ExitCodes.INVALID, "the folder name '" + name + "' becomes the lab name, "
                    + "so it must be "
                    + "lowercase letters, digits and '-', start and end with a letter or digit, and be at most "
                    + MAX_NAME + " characters" + (suggestion.isEmpty() ? "" : "; e.g. '" + suggestion + "'"));
        }
        return name;
    }

    static String archetype(Archetype archetype, String name) {
        try (InputStream in = LabScaffold.class.getResourceAsStream(archetype.resource())) {
            if (in == null) {
                throw new IllegalStateException("built-in lab archetype " + archetype.resource() + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(NAME_PLACEHOLDER, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lab's text with its top-level name replaced (comments and layout kept), or a name line added. */
    static String renamed(String yaml, String name) {
        Matcher m = NAME_LINE.matcher(yaml);
        if (m.find()) {
            String comment = m.group(1) == null ? "" : m.group(1);
            return yaml.substring(0, m.start()) + "name: " + name + comment + yaml.substring(m.end());
        }
        // No name line: put one before the first key, after any leading comments.
        Matcher firstKey = Pattern.compile("(?m)^(?![ \\t]*(#|$))").matcher(yaml);
        int at = firstKey.find() ? firstKey.start() : yaml.length();
        return yaml.substring(0, at) + "name: " + name + "\n" + yaml.substring(at);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.INVALID, "could not read " + file + ": " + e.getMessage());
        }
    }
}
