package dev.labforge.runtime.netns;

import java.nio.file.Path;

/**
 * Where the netns runtime keeps files. Everything carries the lab name: {@code <runRoot>/<lab>/} holds
 * state, configs, BIRD sockets and pid files; FRR insists on {@code <frrRunRoot>/<ns>/} (owned by frr)
 * and {@code <frrEtcRoot>/<ns>/vtysh.conf} for its per-namespace "pathspace".
 *
 * @param frrUser owner of the FRR run dir (FRR drops to it); null leaves ownership alone (tests on temp dirs)
 */
public record NetnsPaths(Path runRoot, Path frrRunRoot, Path frrEtcRoot, String frrUser) {
    /** unix socket paths are limited to 108 bytes including the terminator. */
    static final int MAX_SOCKET_PATH = 107;

    public static NetnsPaths system() {
        return new NetnsPaths(Path.of("/run/labforge"), Path.of("/var/run/frr"), Path.of("/etc/frr"), "frr");
    }

    public Path labDir(String lab) {
        return runRoot.resolve(NetnsNames.requireName("lab", lab));
    }

    public Path stateFile(String lab) {
        return labDir(lab).resolve("state");
    }

    public Path frrConf(String lab, String tor) {
        return labDir(lab).resolve(tor + ".frr.conf");
    }

    /** zebra's or bgpd's log (opened by the daemon before it drops to user frr). */
    public Path frrLog(String lab, String tor, String daemon) {
        return labDir(lab).resolve(tor + "." + daemon + ".log");
    }

    public Path birdConf(String lab, String node) {
        return labDir(lab).resolve(node + ".bird.conf");
    }

    public Path birdSocket(String lab, String node) {
        return labDir(lab).resolve(node + ".ctl");
    }

    public Path birdPid(String lab, String node) {
        return labDir(lab).resolve(node + ".pid");
    }

    /** BIRD6's files (nodes that peer over IPv6): bird6.conf, its control socket and pid file. */
    public Path bird6Conf(String lab, String node) {
        return labDir(lab).resolve(node + ".bird6.conf");
    }

    public Path bird6Socket(String lab, String node) {
        return labDir(lab).resolve(node + ".ctl6");
    }

    public Path bird6Pid(String lab, String node) {
        return labDir(lab).resolve(node + ".pid6");
    }

    public Path frrRunDir(String ns) {
        return frrRunRoot.resolve(ns);
    }

    public Path frrEtcDir(String ns) {
        return frrEtcRoot.resolve(ns);
    }

    public Path frrPid(String ns, String daemon) {
        return frrRunDir(ns).resolve(daemon + ".pid");
    }
}
