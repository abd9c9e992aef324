package dev.labforge.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a person needs to debug a failed lab, in one folder: the rendered files (under
 * {@code rendered/}) and text artifacts the runtime collected (daemon logs, show outputs), each
 * under its relative name, e.g. {@code tor/show-bgp-summary.json} or {@code logs/bird-k01-worker.log}.
 */
public final class FailureBundle {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._@-]+(/[A-Za-z0-9._@-]+)*");

    private FailureBundle() {
    }

    /**
     * Writes the bundle and returns the files written. {@code renderedDir} may be null (render failed).
     * Artifact names must be relative paths of [A-Za-z0-9._@-] segments, without "..".
     */
    public static List<Path> write(Path dir, Path renderedDir, Map<String, String> artifacts) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            if (renderedDir != null && Files.isDirectory(renderedDir)) {
                copyTree(renderedDir, dir.resolve("rendered"), written);
            }
            for (Map.Entry<String, String> a : artifacts.entrySet()) {
                Path target = dir.resolve(checkedName(a.getKey()));
                Files.createDirectories(target.getParent());
                Files.writeString(target, a.getValue() == null ? "" : a.getValue(), StandardCharsets.UTF_8);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the failure bundle in " + dir + ": " + e.getMessage(), e);
        }
        return List.copyOf(written);
    }

    private static String checkedName(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.equals("..") || name.contains("/../")
                || name.startsWith("../") || name.endsWith("/..") || name.startsWith("rendered/")) {
            throw new IllegalArgumentException("artifact name '" + name + "' must be a relative path of letters, digits, "
                    + "'.', '_', '@', '-' segments, without '..' and outside rendered/");
        }
        return name;
    }

    private static void copyTree(Path from, Path to, List<Path> written) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Path target = to.resolve(from.relativize(f).toString());
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                    written.add(target);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
