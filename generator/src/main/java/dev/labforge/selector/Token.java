package dev.labforge.selector;

/** One lexical token of a selector; {@code start} is its 0-based offset, {@code text} is the source text. */
record Token(Kind kind, String text, int start) {

    enum Kind {
        WORD, STRING, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, NOT, AND, OR, EQ, NE, UNKNOWN, END
    }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    int end() {
        return start + text.length();
    }

    /** The content of a STRING token without its quotes. */
    String unquoted() {
        return text.substring(1, text.length() - 1);
    }

    /** How the token reads in an error message: words bare (as the user typed them), punctuation quoted. */
    String describe() {
        return switch (kind) {
            case END -> "end of selector";
            case WORD, STRING -> text;
            default -> "'" + text + "'";
        };
    }
}
