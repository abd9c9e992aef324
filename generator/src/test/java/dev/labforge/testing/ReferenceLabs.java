package dev.labforge.testing;

import dev.labforge.model.Lab;
import dev.labforge.resolve.Resolver;
import dev.labforge.spec.LabSpec;
import dev.labforge.spec.LoadedSpec;
import dev.labforge.spec.SpecLoader;
import dev.labforge.validate.Validator;
import java.nio.file.Path;

/** A reference lab of ../labs/, loaded and validated as `lab render` does. */
public final class ReferenceLabs {
    private ReferenceLabs() {
    }

    public static LabSpec spec(String folder) {
        LoadedSpec loaded = new SpecLoader().load(Path.of("../labs").resolve(folder));
        new Validator().validateOrThrow(loaded);
        return loaded.spec();
    }

    public static Lab resolved(String folder) {
        return Resolver.resolve(spec(folder));
    }
}
