package dev.labforge.guide.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * What a generated region shows, as written in its markers: a type word and its arguments, e.g.
 * {@code bgppeer bgppeer-vlan-10}, {@code diagram topology}, or a command run in the lab:
 * {@code exec ceos01 -- vtysh -c 'show ip bgp summary'}. Two ids are the same region when their words are
 * equal, however they are quoted.
 */
public record RegionId(String text, List<String> words) {
    public static final String EXEC = "exec";

    public RegionId {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a region needs an id");
        }
    }

    /** Reads the id text of a marker; malformed quoting is an {@link IllegalArgumentException}. */
    public static RegionId parse(String text) {
        String t = text.strip();
        List<String> words = Argv.split(t);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a region needs an id after begin/end");
        }
        RegionId id = new RegionId(t, words);
        if (id.isExec()) {
            id.execTarget();
        }
        return id;
    }

    /** A region of a type with plain arguments, e.g. {@code of("bgppeer", "bgppeer-vlan-10")}. */
    public static RegionId of(String type, String... args) {
        List<String> words = new ArrayList<>(List.of(type));
        words.addAll(List.of(args));
        return new RegionId(Argv.join(words), words);
    }

    /** {@code exec <target> -- <argv>}: the command {@code argv} run in {@code target}. */
    public static RegionId exec(String target, List<String> argv) {
        List<String> words = new ArrayList<>(List.of(EXEC, target, "--"));
        words.addAll(argv);
        return new RegionId(EXEC + " " + Argv.quote(target) + " -- " + Argv.join(argv), words);
    }

    public String type() {
        return words.get(0);
    }

    public List<String> args() {
        return words.subList(1, words.size());
    }

    public boolean isExec() {
        return type().equals(EXEC);
    }

    /** The target of an exec region; an id not of the form {@code exec <target> -- <command>} is an IllegalArgumentException. */
    public String execTarget() {
        if (!isExec() || words.size() < 4 || !words.get(2).equals("--")) {
            throw new IllegalArgumentException("an exec region is `exec <target> -- <command> [args]`"
                    + " (e.g. exec ceos01 -- vtysh -c \"show ip bgp\"), not `" + text + "`");
        }
        return words.get(1);
    }

    public List<String> execArgv() {
        execTarget();
        return words.subList(3, words.size());
    }

    @Override
    public String toString() {
        return text;
    }
}
