package dev.labforge.runtime;

import dev.labforge.model.Lab;
import java.nio.file.Path;

/**
 * A lab rendered to disk. {@code dir} holds topology.clab.yaml and the other files; {@code name} is
 * the containerlab topology name. {@code model} is the resolved model the files were rendered from;
 * runtimes build the lab from the files and use the model only for names and expectations.
 */
public record RenderedLab(String name, Path dir, Lab model) {

    public LabRef ref() {
        return new LabRef(name, dir);
    }
}
