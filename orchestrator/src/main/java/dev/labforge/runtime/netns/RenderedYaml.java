package dev.labforge.runtime.netns;

import dev.labforge.net.Cidr;
import dev.labforge.runtime.netns.config.NetnsConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reading the rendered folder's YAML files: every problem a {@link NetnsConfigException} naming the file and the item. */
final class RenderedYaml {

    private RenderedYaml() {
    }

    static Object load(Path file) {
        String text = readText(file);
        try {
            return new Load(LoadSettings.builder().setLabel(file.getFileName().toString()).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            throw new NetnsConfigException(file + ": malformed YAML: " + e.getMessage().strip(), e);
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new NetnsConfigException("cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); pass the folder `lab render` wrote", e);
        }
    }

    /** A path from a rendered file, resolved against the folder and kept inside it. */
    static Path inside(Path dir, String relative, String where) {
        Path base = dir.toAbsolutePath().normalize();
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base)) {
            throw new NetnsConfigException(where + ": '" + relative + "' points outside the rendered folder " + base);
        }
        return p;
    }

    static Map<?, ?> mapping(Object o, String file, String what) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new NetnsConfigException(file + ": " + what + " must be a mapping");
        }
        return m;
    }

    static String string(Map<?, ?> map, String key, String where) {
        Object v = map.get(key);
        if (v == null || v instanceof Map<?, ?> || v instanceof List<?> || String.valueOf(v).isBlank()) {
            throw new NetnsConfigException(where + ": " + key + " is missing or not a single value");
        }
        return String.valueOf(v);
    }

    static Cidr parseInterface(String cidr, String where) {
        try {
            return Cidr.parseInterface(cidr);
        } catch (IllegalArgumentException e) {
            throw new NetnsConfigException(where + ": " + e.getMessage());
        }
    }
}
