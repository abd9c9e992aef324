/**
 * The one way labforge waits: a clock-based {@link dev.labforge.wait.Deadline}, a
 * {@link dev.labforge.wait.Condition} that answers {@link dev.labforge.wait.Answer.Done Done},
 * {@link dev.labforge.wait.Answer.Pending Pending} (what was seen) or {@link dev.labforge.wait.Answer.Failed Failed}
 * (why waiting cannot help), and {@link dev.labforge.wait.Await}, which asks the condition until it is
 * done, failed, or the deadline passes, and then says what was seen last and for how long
 * ({@link dev.labforge.wait.Outcome}). A Ctrl-C during any wait is {@link dev.labforge.wait.InterruptedRunException}
 * (exit 130); every duration shown to people is spelled by {@link dev.labforge.wait.Durations}.
 *
 * <p>This package depends on nothing else of labforge, so every other package may use it.
 */
package dev.labforge.wait;
