package dev.labforge.platform;

/**
 * A file a ToR platform renders.
 *
 * @param template  the template's name in the catalog, e.g. {@code startup/frr/frr.conf.ftl}
 * @param name      its path under the rendered folder's startup-configs/ directory, e.g. {@code tor1/frr.conf}
 * @param mountPath where a bind puts it in the container; null for the file containerlab takes as the
 *                  node's {@code startup-config}
 */
public record ConfigFile(String template, String name, String mountPath) {
}
