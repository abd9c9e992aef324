package dev.labforge.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process `lab` run: exit code and both streams. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(FakeBackend backend, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabCli.run(backend, env, false, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(FakeBackend backend, String... args) {
        return run(backend, Map.of(), args);
    }
}
