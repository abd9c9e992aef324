package dev.labforge.cli;

import picocli.CommandLine.Option;

/** {@code -v/--verbose}: end with the table of every check instead of the summary. */
final class VerboseOption {

    @Option(names = {"-v", "--verbose"},
            description = "End with a table of every check (expected, observed, verdict); by default a count per"
                    + " check type and every failed check in full. report.json and junit.xml always have every check.")
    boolean verbose;
}
