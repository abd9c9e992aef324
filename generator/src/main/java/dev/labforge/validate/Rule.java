package dev.labforge.validate;

import dev.labforge.diag.Diagnostics;

/** One validation rule. Rules only read the spec and append diagnostics; they never throw on bad input. */
public interface Rule {
    void check(ValidationContext ctx, Diagnostics out);
}
