package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;
import dev.labforge.platform.TorPlatform;
import dev.labforge.platform.TorPlatforms;
import java.util.List;
import java.util.regex.Pattern;

/** Container image references (ToR, kind nodes, workloads) that docker and containerlab will accept. */
final class ImageRule implements Rule {
    // [registry[:port]/]name[/name...][:tag][@sha256:digest]; path components are lowercase
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:[A-Za-z0-9.-]+(?::[0-9]+)?/)?" + COMPONENT + "(?:/" + COMPONENT + ")*"
                    + "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?");

    @Override
    public void check(ValidationContext ctx, Diagnostics out) {
        if (ctx.tor() != null) {
            image(ctx, out, "tor.image", ctx.tor().image());
            platformMatchesImage(ctx, out, ctx.torPlatform(), ctx.tor().image());
        }
        if (ctx.cluster() != null) {
            image(ctx, out, "cluster.image", ctx.cluster().image());
        }
        List<dev.labforge.spec.WorkloadSpec> ws = ctx.workloads();
        for (int i = 0; i < ws.size(); i++) {
            image(ctx, out, "workloads[" + i + "].image", ws.get(i).image());
        }
    }

    /**
     * A cEOS image under platform frr (or the reverse) renders a config the image cannot read: the
     * clab runtime would start it and fail minutes later. The embedded runtime does not care, so warn.
     */
    private static void platformMatchesImage(ValidationContext ctx, Diagnostics out, TorPlatform platform, String image) {
        if (platform == null || image == null || !REFERENCE.matcher(image).matches()) {
            return;
        }
        String name = repositoryName(image);
        if (platform.runsAnyImage() || platform.claimsImage(name)) {
            return;
        }
        for (TorPlatform other : TorPlatforms.all()) {
            if (other != platform && other.claimsImage(name)) {
                out.warn("W-IMAGE-PLATFORM", "tor.image", ctx.at("tor.image"),
                        "'" + image + "' looks like " + other.imageDescription() + ", but tor.platform is " + platform.id()
                                + "; the rendered " + platform.configDescription() + " will not work in it under --runtime clab",
                        "use " + platform.imageDescription() + " such as " + platform.defaultImage() + ", or platform: " + other.id());
                return;
            }
        }
    }

    /** The last path component without tag or digest: "frr" for quay.io/frrouting/frr:8.4.4. */
    static String repositoryName(String image) {
        String noDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        String last = noDigest.substring(noDigest.lastIndexOf('/') + 1);
        return last.contains(":") ? last.substring(0, last.indexOf(':')) : last;
    }

    private static void image(ValidationContext ctx, Diagnostics out, String path, String image) {
        if (image == null || REFERENCE.matcher(image).matches()) {
            return;
        }
        out.error("E-IMAGE", path, ctx.at(path), "'" + image + "' is not a container image reference",
                "write [registry/]name[:tag] with a lowercase name and no spaces, e.g. ceos:4.34.0F or quay.io/frrouting/frr:8.4.4");
    }
}
