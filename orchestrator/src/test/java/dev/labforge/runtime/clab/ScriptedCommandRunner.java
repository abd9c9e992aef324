package dev.labforge.runtime.clab;

import dev.labforge.exec.Command;
import dev.labforge.exec.CommandResult;
import dev.labforge.exec.CommandRunner;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Expected argv → canned results, in order per argv. Any other argv fails the test (AssertionError). */
final class ScriptedCommandRunner implements CommandRunner {
    private final Map<List<String>, Deque<Function<Command, CommandResult>>> script = new LinkedHashMap<>();
    private final List<Command> ran = new ArrayList<>();
    private final java.util.Set<Function<Command, CommandResult>> used = new java.util.HashSet<>();

    ScriptedCommandRunner on(List<String> argv, Function<Command, CommandResult> answer) {
        Deque<Function<Command, CommandResult>> answers = script.computeIfAbsent(argv, k -> new ArrayDeque<>());
        // a repeating last answer that has been used gives way to a newly scripted one
        if (answers.size() == 1 && used.contains(answers.peek())) {
            answers.clear();
        }
        answers.add(answer);
        return this;
    }

    ScriptedCommandRunner ok(List<String> argv, String stdout) {
        return on(argv, c -> result(c, 0, stdout, ""));
    }

    ScriptedCommandRunner fails(List<String> argv, int code, String stderr) {
        return on(argv, c -> result(c, code, "", stderr));
    }

    @Override
    public CommandResult run(Command command) {
        ran.add(command);
        Deque<Function<Command, CommandResult>> answers = script.get(command.argv());
        if (answers == null || answers.isEmpty()) {
            throw new AssertionError("unexpected command: " + command.display() + "\nscripted: " + script.keySet());
        }
        // the last answer repeats, so "always fails" needs one line
        Function<Command, CommandResult> answer = answers.size() == 1 ? answers.peek() : answers.poll();
        used.add(answer);
        return answer.apply(command);
    }

    List<Command> ran() {
        return List.copyOf(ran);
    }

    List<String> ranDisplay() {
        return ran.stream().map(Command::display).toList();
    }

    static CommandResult result(Command c, int code, String out, String err) {
        return new CommandResult(c, code, out, err, Duration.ofMillis(5), false);
    }

    static CommandResult timedOut(Command c, String out) {
        return new CommandResult(c, -1, out, "", c.timeout(), true);
    }
}
