package dev.labforge.render;

import dev.labforge.model.Lab;
import java.util.List;

/** One kind of rendered artifact (the containerlab topology, the Calico resources, ...). Pure. */
public interface Output {

    /** Short name for messages, e.g. "clab" or "calico". */
    String id();

    List<RenderedFile> render(Lab lab, TemplateCatalog catalog);
}
