package dev.labforge.selector;

import dev.labforge.selector.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits selector text into tokens. Characters it does not know become single UNKNOWN tokens instead of
 * failing here, so the parser can report them with context ("after label 'vlan'"). Only an unterminated
 * quoted value is reported by the lexer, because nothing after it can be tokenized meaningfully.
 */
final class SelectorLexer {

    private SelectorLexer() {
    }

    static boolean isLabelChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '/' || c == '-';
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (isLabelChar(c)) {
                int start = i;
                while (i < n && isLabelChar(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), start));
                continue;
            }
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                if (close < 0) {
                    throw new SelectorSyntaxException(text, i, "unterminated value: the " + c
                            + " here has no closing " + c + " (values cannot contain escapes)");
                }
                tokens.add(new Token(Kind.STRING, text.substring(i, close + 1), i));
                i = close + 1;
                continue;
            }
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            Kind two = c == '&' && next == '&' ? Kind.AND
                    : c == '|' && next == '|' ? Kind.OR
                    : c == '=' && next == '=' ? Kind.EQ
                    : c == '!' && next == '=' ? Kind.NE
                    : null;
            if (two != null) {
                tokens.add(new Token(two, text.substring(i, i + 2), i));
                i += 2;
                continue;
            }
            Kind one = switch (c) {
                case '(' -> Kind.LPAREN;
                case ')' -> Kind.RPAREN;
                case '{' -> Kind.LBRACE;
                case '}' -> Kind.RBRACE;
                case ',' -> Kind.COMMA;
                case '!' -> Kind.NOT;
                default -> Kind.UNKNOWN;
            };
            // Keep a surrogate pair together so an emoji is reported as one character.
            int width = Character.isHighSurrogate(c) && Character.isLowSurrogate(next) ? 2 : 1;
            tokens.add(new Token(one, text.substring(i, i + width), i));
            i += width;
        }
        tokens.add(new Token(Kind.END, "", n));
        return tokens;
    }
}
