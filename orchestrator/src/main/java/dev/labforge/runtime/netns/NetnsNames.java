package dev.labforge.runtime.netns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Every name the netns runtime creates, derived from the lab name. Pure.
 *
 * <ul>
 *   <li>router and node namespaces: {@code clab-<lab>-<node>}, exactly the container names containerlab
 *       would use, so `lab exec` and docs read the same for both runtimes;</li>
 *   <li>pod namespaces: {@code clab-<lab>-pod-<workload>-<node>};</li>
 *   <li>host-side pod veth: {@code cali} + 11 hex characters of SHA-1("&lt;lab&gt;/&lt;pod&gt;"), the shape Calico
 *       uses, unique per lab and pod;</li>
 *   <li>ownership mark: altname {@code lf.<lab>} on {@code lo} of every namespace, so destroy can prove
 *       a namespace belongs to this lab and not to one whose name merely starts the same.</li>
 * </ul>
 */
public final class NetnsNames {
    /** Lab, node and workload names: DNS-label-like, which also makes them safe in batch lines and paths. */
    static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /** Linux interface names (IFNAMSIZ 16 including the terminator). */
    static final Pattern IFNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,14}");
    static final String PREFIX = "clab-";
    static final String MARK_PREFIX = "lf.";

    private final String lab;

    public NetnsNames(String lab) {
        this.lab = requireName("lab", lab);
    }

    public String lab() {
        return lab;
    }

    /** Every namespace of this lab starts with this (other labs' may too: see {@link #isMarkOf}). */
    public String prefix() {
        return PREFIX + lab + "-";
    }

    /** Namespace of the router or of a Kubernetes node. */
    public String nodeNs(String node) {
        return prefix() + requireName("node", node);
    }

    /** Namespace of one pod. */
    public String podNs(String workload, String node) {
        return prefix() + "pod-" + requireName("workload", workload) + "-" + requireName("node", node);
    }

    /** Host-side veth of a pod in its node's namespace. */
    public String caliInterface(String podName) {
        return "cali" + sha1Hex(lab + "/" + podName).substring(0, 11);
    }

    /** Altname put on lo of every namespace the lab creates. */
    public String mark() {
        return MARK_PREFIX + lab;
    }

    public static boolean isMarkOf(String altname, String lab) {
        return (MARK_PREFIX + lab).equals(altname);
    }

    public static String requireName(String what, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " name '" + value + "' is not usable for namespaces: use lower-case "
                    + "letters, digits and '-', start and end with a letter or digit, at most 63 characters");
        }
        return value;
    }

    public static String requireInterface(String value) {
        if (value == null || !IFNAME.matcher(value).matches()) {
            throw new IllegalArgumentException("interface name '" + value + "' is not valid: 1-15 characters of letters, "
                    + "digits, '_', '.', '-'");
        }
        return value;
    }

    public static boolean isValidName(String value) {
        return value != null && NAME.matcher(value).matches();
    }

    private static String sha1Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
