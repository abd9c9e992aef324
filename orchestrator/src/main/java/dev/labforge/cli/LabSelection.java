package dev.labforge.cli;

import dev.labforge.shard.Shard;
import dev.labforge.shard.ShardPartitioner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import tools.jackson.databind.json.JsonMapper;

/** Which labs `lab test` runs: all it was given, or one shard of them (see {@link ShardPartitioner}). */
final class LabSelection {

    private LabSelection() {
    }

    /**
     * Without a shard: the labs as given. With one: each lab folder once (labs/x and labs/x/lab.yaml
     * are the same lab), then the shard's labs in folder-name order. Two different folders with the
     * same name are a usage error: the shards and the report folders tell labs apart by that name.
     */
    static List<Path> select(CommandSpec spec, List<Path> labs, Shard shard) {
        if (shard == null) {
            return labs;
        }
        Map<Path, Path> byFolder = new LinkedHashMap<>();
        for (Path lab : labs) {
            byFolder.putIfAbsent(folderOf(lab), lab);
        }
        try {
            return ShardPartitioner.select(List.copyOf(byFolder.values()), LabSelection::key, shard);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The shard key: the lab's folder name, the same on every runner whatever the checkout path. */
    static String key(Path lab) {
        return folderOf(lab).getFileName().toString();
    }

    /** The labs for a CI matrix: a JSON array of the paths as given. */
    static String json(List<Path> labs) {
        return JsonMapper.builder().build().writeValueAsString(labs.stream().map(Path::toString).toList());
    }

    private static Path folderOf(Path lab) {
        Path absolute = lab.toAbsolutePath().normalize();
        return Files.isDirectory(absolute) ? absolute : absolute.getParent();
    }
}
