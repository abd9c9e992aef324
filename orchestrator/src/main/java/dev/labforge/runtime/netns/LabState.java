package dev.labforge.runtime.netns;

import dev.labforge.runtime.netns.NetnsFabric.Member;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a deploy is about to create, written before the first namespace exists (atomically), so that
 * destroy finds everything even after a SIGKILL at any later point. Plain text, one item a line:
 * {@code dir <rendered folder>}, {@code platform <ToR platform>} and {@code member <kind> <name> <namespace>}.
 *
 * @param torPlatform the ToR's platform id, so that `lab exec` maps commands without the rendered folder; null when unknown
 */
public record LabState(String lab, Path dir, String torPlatform, List<Member> members) {

    public LabState {
        members = List.copyOf(members);
    }

    public LabState(String lab, Path dir, List<Member> members) {
        this(lab, dir, null, members);
    }

    public void write(Path file) {
        StringBuilder sb = new StringBuilder("lab ").append(lab).append('\n');
        if (dir != null) {
            sb.append("dir ").append(dir.toAbsolutePath()).append('\n');
        }
        if (torPlatform != null) {
            sb.append("platform ").append(torPlatform).append('\n');
        }
        members.forEach(m -> sb.append("member ").append(m.kind()).append(' ').append(m.name()).append(' ').append(m.ns()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, sb.toString());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lab state " + file, e);
        }
    }

    /**
     * Reads a state file; lines that do not belong to {@code lab} (a namespace outside its prefix, a bad
     * name) are dropped, so a damaged file can never make destroy touch another lab.
     */
    public static Optional<LabState> read(Path file, String lab) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        NetnsNames names = new NetnsNames(lab);
        Path dir = null;
        String platform = null;
        List<Member> members = new ArrayList<>();
        for (String line : lines) {
            String[] w = line.strip().split(" ");
            if (line.startsWith("dir ")) {
                dir = Path.of(line.substring(4));
            } else if (w.length == 2 && w[0].equals("platform") && w[1].matches("[a-z0-9-]+")) {
                platform = w[1];
            } else if (w.length == 4 && w[0].equals("member") && w[3].startsWith(names.prefix())
                    && w[3].substring(NetnsNames.PREFIX.length()).matches("[a-z0-9-]+")) {
                members.add(new Member(w[1], w[2], w[3]));
            }
        }
        return Optional.of(new LabState(lab, dir, platform, members));
    }
}
