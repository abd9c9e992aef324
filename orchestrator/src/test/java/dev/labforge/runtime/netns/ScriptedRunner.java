package dev.labforge.runtime.netns;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Records every command; answers from a script (argv prefix -> result), exit 0 with no output otherwise. */
final class ScriptedRunner implements CommandRunner {
    private final List<Command> commands = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    private record Rule(List<String> prefix, Function<Command, String[]> answer) {
    }

    /** When argv starts with {@code prefix}, exit with {@code code} and print {@code stdout}. */
    ScriptedRunner on(List<String> prefix, int code, String stdout, String stderr) {
        rules.add(0, new Rule(prefix, c -> new String[] {Integer.toString(code), stdout, stderr}));
        return this;
    }

    ScriptedRunner on(List<String> prefix, String stdout) {
        return on(prefix, 0, stdout, "");
    }

    @Override
    public synchronized CommandResult run(Command command) {
        commands.add(command);
        for (Rule r : rules) {
            if (command.argv().size() >= r.prefix.size() && command.argv().subList(0, r.prefix.size()).equals(r.prefix)) {
                String[] a = r.answer.apply(command);
                return new CommandResult(command, Integer.parseInt(a[0]), a[1], a[2], Duration.ZERO, false);
            }
        }
        return new CommandResult(command, 0, "", "", Duration.ZERO, false);
    }

    synchronized List<Command> commands() {
        return List.copyOf(commands);
    }

    /** The stdin lines of the batches run with {@code ip [-n ns] -batch -}; ns null means the root namespace. */
    List<String> batch(String ns) {
        List<String> out = new ArrayList<>();
        for (Command c : commands()) {
            List<String> expected = ns == null ? List.of("ip", "-batch", "-") : List.of("ip", "-n", ns, "-batch", "-");
            if (c.argv().equals(expected)) {
                out.addAll(List.of(c.stdin().split("\n")));
            }
        }
        return out;
    }

    List<List<String>> argvs() {
        return commands().stream().map(Command::argv).toList();
    }
}
