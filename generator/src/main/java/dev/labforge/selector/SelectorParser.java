package dev.labforge.selector;

import dev.labforge.selector.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for Calico selectors:
 * <pre>
 * selector := or END | END                      (empty means all())
 * or       := and ("||" and)*
 * and      := unary ("&amp;&amp;" unary)*
 * unary    := "!" unary | "(" or ")" | "all" "(" ")" | "global" "(" ")" | "has" "(" label ")" | label test
 * test     := ("==" | "!=" | "contains" | "starts" "with" | "ends" "with") value
 *           | ("in" | "not" "in" | "notin") "{" [value ("," value)*] "}"
 * </pre>
 * Keywords are contextual: {@code all}, {@code has} and friends are functions only when followed by '(';
 * otherwise they are ordinary label names.
 */
final class SelectorParser {

    static final int MAX_LABEL_LENGTH = 512;
    private static final String OPERATORS = "==, !=, in, not in, contains, starts with, ends with";

    private final String text;
    private final List<Token> tokens;
    private int pos;

    private SelectorParser(String text) {
        this.text = text;
        this.tokens = SelectorLexer.tokenize(text);
    }

    static Selector parse(String text) {
        SelectorParser p = new SelectorParser(text);
        if (p.peek().is(Kind.END)) {
            return new Selector.All();
        }
        Selector s = p.parseOr();
        Token t = p.peek();
        if (!t.is(Kind.END)) {
            String hint = t.is(Kind.RPAREN) ? " (this ')' has no matching '(')" : hintFor(t);
            throw p.error(t, "expected '&&', '||' or end of selector but found " + t.describe() + hint);
        }
        return s;
    }

    private Selector parseOr() {
        return parseOr(null);
    }

    private Selector parseOr(Token after) {
        Selector left = parseAnd(after);
        while (peek().is(Kind.OR)) {
            Token op = next();
            left = new Selector.Or(left, parseAnd(op));
        }
        return left;
    }

    private Selector parseAnd(Token after) {
        Selector left = parseUnary(after);
        while (peek().is(Kind.AND)) {
            Token op = next();
            left = new Selector.And(left, parseUnary(op));
        }
        return left;
    }

    /** {@code after} is the operator just consumed, used only to word the error; null at the start. */
    private Selector parseUnary(Token after) {
        Token t = peek();
        switch (t.kind()) {
            case NOT -> {
                next();
                return new Selector.Not(parseUnary(t));
            }
            case LPAREN -> {
                next();
                Selector inner = parseOr(t);
                Token close = peek();
                if (!close.is(Kind.RPAREN)) {
                    throw error(close, "expected ')' to close the '(' at column " + t.start() + " but found "
                            + close.describe() + hintFor(close));
                }
                next();
                return inner;
            }
            case WORD -> {
                if (peekAt(1).is(Kind.LPAREN)) {
                    switch (t.text()) {
                        case "all" -> {
                            return emptyCall(new Selector.All());
                        }
                        case "global" -> {
                            return emptyCall(new Selector.Global());
                        }
                        case "has" -> {
                            return hasCall();
                        }
                        default -> {
                            throw error(t, "unknown function '" + t.text()
                                    + "(': expected all(), global() or has(label)");
                        }
                    }
                }
                return labelTest();
            }
            default -> {
                String where = after == null ? "" : " after '" + after.text() + "'";
                throw error(t, "expected a selector term (label test, has(label), all(), '!' or '(')" + where
                        + " but found " + t.describe() + hintFor(t));
            }
        }
    }

    private Selector emptyCall(Selector result) {
        Token name = next();
        next(); // '('
        Token close = peek();
        if (!close.is(Kind.RPAREN)) {
            throw error(close, "expected ')' after '" + name.text() + "(' but found " + close.describe()
                    + " (" + name.text() + "() takes no arguments)");
        }
        next();
        return result;
    }

    private Selector hasCall() {
        next(); // has
        next(); // '('
        Token label = peek();
        if (!label.is(Kind.WORD)) {
            throw error(label, "expected a label name inside has(...) but found " + label.describe()
                    + (label.is(Kind.STRING) ? " (label names are not quoted: has(vlan))" : ""));
        }
        checkLabel(label);
        next();
        Token close = peek();
        if (!close.is(Kind.RPAREN)) {
            throw error(close, "expected ')' to close has(" + label.text() + " but found " + close.describe()
                    + badLabelCharHint(label, close));
        }
        next();
        return new Selector.Has(label.text());
    }

    private Selector labelTest() {
        Token label = next();
        checkLabel(label);
        String name = label.text();
        Token op = peek();
        switch (op.kind()) {
            case EQ -> {
                next();
                return new Selector.Equals(name, value(label, op));
            }
            case NE -> {
                next();
                return new Selector.NotEquals(name, value(label, op));
            }
            case WORD -> {
                switch (op.text()) {
                    case "in", "notin" -> {
                        next();
                        List<String> values = set(op);
                        return op.text().equals("in")
                                ? new Selector.In(name, values)
                                : new Selector.NotIn(name, values);
                    }
                    case "not" -> {
                        next();
                        expectWord(op, "in", "'in' after 'not'");
                        return new Selector.NotIn(name, set(op));
                    }
                    case "contains" -> {
                        next();
                        return new Selector.Contains(name, value(label, op));
                    }
                    case "starts" -> {
                        next();
                        Token with = expectWord(op, "with", "'with' after 'starts'");
                        return new Selector.StartsWith(name, value(label, with));
                    }
                    case "ends" -> {
                        next();
                        Token with = expectWord(op, "with", "'with' after 'ends'");
                        return new Selector.EndsWith(name, value(label, with));
                    }
                    default -> {
                        throw error(op, "expected an operator (" + OPERATORS + ") after label '" + name
                                + "' but found " + op.describe() + " (unknown operator)");
                    }
                }
            }
            default -> {
                String hint = badLabelCharHint(label, op);
                if (hint.isEmpty()) {
                    hint = op.text().equals("=") ? " (use '==' to compare)" : hintFor(op);
                }
                if (hint.isEmpty() && op.is(Kind.STRING)) {
                    hint = " (an operator is missing: vlan == '10')";
                }
                throw error(op, "expected an operator (" + OPERATORS + ") after label '" + name
                        + "' but found " + op.describe() + hint);
            }
        }
    }

    private Token expectWord(Token previous, String word, String what) {
        Token t = peek();
        if (!t.isWord(word)) {
            throw error(t, "expected " + what + " but found " + t.describe());
        }
        return next();
    }

    /** A quoted value after {@code op}; the hint shows the quoted form of what the user wrote. */
    private String value(Token label, Token op) {
        Token t = peek();
        if (!t.is(Kind.STRING)) {
            String opText = op.text().equals("with") ? previousWordOf(op) + " with" : op.text();
            String hint = t.is(Kind.WORD)
                    ? " (values must be quoted: " + label.text() + " " + opText + " '" + t.text() + "')"
                    : hintFor(t);
            throw error(t, "expected a quoted value after '" + opText + "' but found " + t.describe() + hint);
        }
        next();
        return t.unquoted();
    }

    private String previousWordOf(Token with) {
        int i = tokens.indexOf(with);
        return i > 0 ? tokens.get(i - 1).text() : "";
    }

    /** {@code { "a", "b" }} after {@code in} / {@code not in}; an empty set is allowed, as in Calico. */
    private List<String> set(Token op) {
        Token open = peek();
        if (!open.is(Kind.LBRACE)) {
            throw error(open, "expected '{' after '" + op.text() + "' but found " + open.describe()
                    + " (sets look like {'a', 'b'})");
        }
        next();
        List<String> values = new ArrayList<>();
        if (peek().is(Kind.RBRACE)) {
            next();
            return values;
        }
        while (true) {
            Token v = peek();
            if (!v.is(Kind.STRING)) {
                String hint = v.is(Kind.WORD) ? " (values must be quoted: '" + v.text() + "')" : hintFor(v);
                throw error(v, "expected a quoted value in the set opened at column " + open.start()
                        + " but found " + v.describe() + hint);
            }
            next();
            values.add(v.unquoted());
            Token sep = peek();
            if (sep.is(Kind.RBRACE)) {
                next();
                return values;
            }
            if (!sep.is(Kind.COMMA)) {
                throw error(sep, "expected ',' or '}' in the set opened at column " + open.start()
                        + " but found " + sep.describe());
            }
            next();
        }
    }

    private void checkLabel(Token label) {
        if (label.text().length() > MAX_LABEL_LENGTH) {
            throw error(label, "label name is " + label.text().length() + " characters long; the maximum is "
                    + MAX_LABEL_LENGTH);
        }
    }

    /** When an unknown character sits directly after a label, it was most likely meant as part of the name. */
    private static String badLabelCharHint(Token label, Token next) {
        return next.is(Kind.UNKNOWN) && next.start() == label.end() && !next.text().equals("=")
                ? " (label names may only contain letters, digits and _ . / -)"
                : "";
    }

    private static String hintFor(Token t) {
        if (!t.is(Kind.UNKNOWN)) {
            return "";
        }
        return switch (t.text()) {
            case "&" -> " (use '&&')";
            case "|" -> " (use '||')";
            case "=" -> " (use '==' to compare)";
            default -> "";
        };
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (!t.is(Kind.END)) {
            pos++;
        }
        return t;
    }

    private SelectorSyntaxException error(Token at, String reason) {
        return new SelectorSyntaxException(text, at.start(), reason);
    }
}
