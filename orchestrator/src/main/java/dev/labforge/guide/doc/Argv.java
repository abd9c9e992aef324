package dev.labforge.guide.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Command words written in a guide marker, read the way a POSIX shell reads its words and nothing more:
 * single quotes keep everything literally, double quotes keep everything but {@code \"} and {@code \\},
 * a backslash outside quotes keeps the next character. No variables, globs, pipes or substitutions: the
 * words go to the runtime's exec as an argv, never to a shell.
 */
public final class Argv {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private Argv() {
    }

    /** The words of {@code text}; an unclosed quote or a trailing backslash is an {@link IllegalArgumentException}. */
    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed ' in `" + text + "`");
                }
                word.append(text, i + 1, end);
                inWord = true;
                i = end;
            } else if (c == '"') {
                i = doubleQuoted(text, i, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= text.length()) {
                    throw new IllegalArgumentException("a \\ at the end of `" + text + "` escapes nothing");
                }
                word.append(text.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the double-quoted word starting at {@code open}; returns the index of the closing quote. */
    private static int doubleQuoted(String text, int open, StringBuilder word) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                c = text.charAt(++i);
            }
            word.append(c);
        }
        throw new IllegalArgumentException("unclosed \" in `" + text + "`");
    }

    /** The words as a student types them: plain words bare, anything else in single quotes. */
    public static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(quote(w));
        }
        return sb.toString();
    }

    public static String quote(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
