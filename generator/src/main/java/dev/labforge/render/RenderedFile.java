package dev.labforge.render;

/**
 * One file of a rendered lab.
 *
 * @param path    relative to the output folder, '/' separated (e.g. calico-cni-config/bgppeer-vlan-10.yaml)
 * @param content the full text, ending with a newline
 */
public record RenderedFile(String path, String content) {

    public RenderedFile {
        if (path == null || path.contains("\\") || !validSegments(path)) {
            throw new IllegalArgumentException("rendered file path must be relative with '/' separators and no "
                    + "empty, '.' or '..' parts, got '" + path + "'");
        }
        if (content == null) {
            throw new IllegalArgumentException("rendered file " + path + " has no content");
        }
    }

    private static boolean validSegments(String path) {
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
