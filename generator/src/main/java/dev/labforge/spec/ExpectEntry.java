package dev.labforge.spec;

/**
 * One author entry under {@code expect.<key>}, as written. Each check type has one record; its key
 * under {@code expect:} is the check type's id (see {@link ExpectKeys}).
 */
public interface ExpectEntry {
}
