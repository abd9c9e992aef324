package dev.labforge.runtime.netns.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Evaluates Calico label selectors (REFERENCE.md 3.9) against node labels: all(), global(), has(k),
 * k == "v", k != "v", k in {...}, k not in {...}, contains / starts with / ends with, !, &&, ||, parentheses.
 * Values must be quoted. Kept local to this package until the shared selector module is on main.
 */
final class NodeSelectors {
    private NodeSelectors() {
    }

    /** True when the selector (null or blank = all()) matches the labels. */
    static boolean matches(String selector, Map<String, String> labels) {
        return parse(selector).test(labels);
    }

    static Predicate<Map<String, String>> parse(String selector) {
        if (selector == null || selector.isBlank()) {
            return l -> true;
        }
        Parser p = new Parser(selector);
        Predicate<Map<String, String>> e = p.or();
        p.skipSpace();
        if (p.pos != selector.length()) {
            throw p.error("unexpected text");
        }
        return e;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        Predicate<Map<String, String>> or() {
            Predicate<Map<String, String>> left = and();
            while (eat("||")) {
                left = left.or(and());
            }
            return left;
        }

        Predicate<Map<String, String>> and() {
            Predicate<Map<String, String>> left = unary();
            while (eat("&&")) {
                left = left.and(unary());
            }
            return left;
        }

        Predicate<Map<String, String>> unary() {
            if (eat("!") ) {
                return unary().negate();
            }
            if (eat("(")) {
                Predicate<Map<String, String>> inner = or();
                expect(")");
                return inner;
            }
            if (eatWord("all")) {
                expect("(");
                expect(")");
                return l -> true;
            }
            if (eatWord("global")) {
                expect("(");
                expect(")");
                return l -> true;
            }
            if (eatWord("has")) {
                expect("(");
                String k = label();
                expect(")");
                return l -> l.containsKey(k);
            }
            String k = label();
            if (eat("==")) {
                String v = value();
                return l -> v.equals(l.get(k));
            }
            if (eat("!=")) {
                String v = value();
                return l -> !v.equals(l.get(k));
            }
            if (eatWord("not")) {
                expectWord("in");
                Set<String> set = set();
                return l -> !set.contains(l.get(k));
            }
            if (eatWord("notin")) {
                Set<String> set = set();
                return l -> !set.contains(l.get(k));
            }
            if (eatWord("in")) {
                Set<String> set = set();
                return l -> l.containsKey(k) && set.contains(l.get(k));
            }
            if (eatWord("contains")) {
                String v = value();
                return l -> l.containsKey(k) && l.get(k).contains(v);
            }
            if (eatWord("starts")) {
                expectWord("with");
                String v = value();
                return l -> l.containsKey(k) && l.get(k).startsWith(v);
            }
            if (eatWord("ends")) {
                expectWord("with");
                String v = value();
                return l -> l.containsKey(k) && l.get(k).endsWith(v);
            }
            throw error("expected an operator (==, !=, in, not in, contains, starts with, ends with) after '" + k + "'");
        }

        Set<String> set() {
            expect("{");
            List<String> values = new ArrayList<>();
            if (!eat("}")) {
                do {
                    values.add(value());
                } while (eat(","));
                expect("}");
            }
            return Set.copyOf(values);
        }

        String label() {
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || "_./-".indexOf(s.charAt(pos)) >= 0)) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a label name");
            }
            return s.substring(start, pos);
        }

        String value() {
            skipSpace();
            if (pos >= s.length() || (s.charAt(pos) != '"' && s.charAt(pos) != '\'')) {
                throw error("expected a quoted value (Calico selectors need \"v\" or 'v')");
            }
            char q = s.charAt(pos++);
            int end = s.indexOf(q, pos);
            if (end < 0) {
                throw error("unterminated quoted value");
            }
            String v = s.substring(pos, end);
            pos = end + 1;
            return v;
        }

        boolean eat(String token) {
            skipSpace();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        boolean eatWord(String word) {
            skipSpace();
            int end = pos + word.length();
            if (s.startsWith(word, pos) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
                pos = end;
                return true;
            }
            return false;
        }

        void expect(String token) {
            if (!eat(token)) {
                throw error("expected '" + token + "'");
            }
        }

        void expectWord(String word) {
            if (!eatWord(word)) {
                throw error("expected '" + word + "'");
            }
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        NetnsConfigException error(String what) {
            return new NetnsConfigException("selector '" + s + "': " + what + " at position " + (pos + 1));
        }
    }
}
