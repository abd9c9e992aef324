package dev.labforge.diag;

/** A place in a source file: 1-based line and column. */
public record SourceMark(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }

    /** The same file, {@code extra} columns further right (e.g. a position inside a selector string). */
    public SourceMark shiftColumns(int extra) {
        return new SourceMark(file, line, column + extra);
    }
}
