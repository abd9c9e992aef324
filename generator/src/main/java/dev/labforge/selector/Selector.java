package dev.labforge.selector;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A parsed Calico label selector (the {@code nodeSelector} of a BGPPeer or IPPool, for example).
 * The tree is immutable; {@link #canonical()} prints it back with normalized spacing, quoting and
 * only the parentheses that precedence needs. Semantics follow Calico: {@code !=} and {@code not in}
 * are true when the label is absent, every other label test is false then.
 */
public sealed interface Selector {

    /** Parses selector text; an empty or blank selector is {@code all()}. */
    static Selector parse(String text) {
        return SelectorParser.parse(Objects.requireNonNull(text, "selector text"));
    }

    /** True when {@code text} parses. */
    static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (SelectorSyntaxException e) {
            return false;
        }
    }

    /** Whether an object carrying these labels is selected. */
    boolean matches(Map<String, String> labels);

    /** Normalized selector text that parses back to an equal selector. */
    String canonical();

    /** Binding strength when printed: 1 = ||, 2 = &&, 3 = a single term or negation. */
    default int precedence() {
        return 3;
    }

    /** Keeps hand-built trees printable: the same label rule the parser enforces. */
    private static void requireLabel(String label) {
        Objects.requireNonNull(label, "label");
        if (label.isEmpty() || label.length() > SelectorParser.MAX_LABEL_LENGTH
                || !label.chars().allMatch(c -> SelectorLexer.isLabelChar((char) c))) {
            throw new IllegalArgumentException("'" + label + "' is not a selector label name (1.."
                    + SelectorParser.MAX_LABEL_LENGTH + " characters of letters, digits and _ . / -)");
        }
    }

    /** Values have no escapes, so one holding both quote characters cannot be written down. */
    private static void requireQuotable(String value) {
        Objects.requireNonNull(value, "value");
        if (value.indexOf('"') >= 0 && value.indexOf('\'') >= 0) {
            throw new IllegalArgumentException(
                    "selector value " + value + " contains both ' and \" and cannot be quoted");
        }
    }

    private static String quote(String value) {
        // Values cannot contain escapes, so a value with a double quote must be single-quoted.
        return value.indexOf('"') >= 0 ? "'" + value + "'" : "\"" + value + "\"";
    }

    private static String wrap(Selector s, int needed) {
        return s.precedence() < needed ? "(" + s.canonical() + ")" : s.canonical();
    }

    private static String valueOf(Map<String, String> labels, String label) {
        return Objects.requireNonNull(labels, "labels").get(label);
    }

    /** {@code all()}: matches everything. */
    record All() implements Selector {
        @Override public boolean matches(Map<String, String> labels) {
            return true;
        }
        @Override public String canonical() {
            return "all()";
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code global()}: only narrows namespace selectors in Calico; on a plain label set it matches everything. */
    record Global() implements Selector {
        @Override public boolean matches(Map<String, String> labels) {
            return true;
        }
        @Override public String canonical() {
            return "global()";
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code has(label)}. */
    record Has(String label) implements Selector {
        public Has {
            requireLabel(label);
        }
        @Override public boolean matches(Map<String, String> labels) {
            return valueOf(labels, label) != null;
        }
        @Override public String canonical() {
            return "has(" + label + ")";
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code label == "value"}; false when the label is absent. */
    record Equals(String label, String value) implements Selector {
        public Equals {
            requireLabel(label);
            requireQuotable(value);
        }
        @Override public boolean matches(Map<String, String> labels) {
            return value.equals(valueOf(labels, label));
        }
        @Override public String canonical() {
            return label + " == " + quote(value);
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code label != "value"}; true when the label is absent. */
    record NotEquals(String label, String value) implements Selector {
        public NotEquals {
            requireLabel(label);
            requireQuotable(value);
        }
        @Override public boolean matches(Map<String, String> labels) {
            return !value.equals(valueOf(labels, label));
        }
        @Override public String canonical() {
            return label + " != " + quote(value);
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code label in {"a", "b"}}; false when the label is absent. Values are kept sorted and unique. */
    record In(String label, List<String> values) implements Selector {
        public In {
            requireLabel(label);
            values = List.copyOf(new TreeSet<>(values));
            values.forEach(Selector::requireQuotable);
        }
        @Override public boolean matches(Map<String, String> labels) {
            String v = valueOf(labels, label);
            return v != null && values.contains(v);
        }
        @Override public String canonical() {
            return label + " in " + set(values);
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code label not in {"a", "b"}}; true when the label is absent. Values are kept sorted and unique. */
    record NotIn(String label, List<String> values) implements Selector {
        public NotIn {
            requireLabel(label);
            values = List.copyOf(new TreeSet<>(values));
            values.forEach(Selector::requireQuotable);
        }
        @Override public boolean matches(Map<String, String> labels) {
            String v = valueOf(labels, label);
            return v == null || !values.contains(v);
        }
        @Override public String canonical() {
            return label + " not in " + set(values);
        }
        @Override public String toString() {
            return canonical();
        }
    }

    private static String set(List<String> values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        return b.append('}').toString();
    }

    /** {@code label contains "s"}; false when the label is absent. */
    record Contains(String label, String value) implements Selector {
        public Contains {
            requireLabel(label);
            requireQuotable(value);
        }
        @Override public boolean matches(Map<String, String> labels) {
            String v = valueOf(labels, label);
            return v != null && v.contains(value);
        }
        @Override public String canonical() {
            return label + " contains " + quote(value);
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code label starts with "s"}; false when the label is absent. */
    record StartsWith(String label, String value) implements Selector {
        public StartsWith {
            requireLabel(label);
            requireQuotable(value);
        }
        @Override public boolean matches(Map<String, String> labels) {
            String v = valueOf(labels, label);
            return v != null && v.startsWith(value);
        }
        @Override public String canonical() {
            return label + " starts with " + quote(value);
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code label ends with "s"}; false when the label is absent. */
    record EndsWith(String label, String value) implements Selector {
        public EndsWith {
            requireLabel(label);
            requireQuotable(value);
        }
        @Override public boolean matches(Map<String, String> labels) {
            String v = valueOf(labels, label);
            return v != null && v.endsWith(value);
        }
        @Override public String canonical() {
            return label + " ends with " + quote(value);
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code !operand}. */
    record Not(Selector operand) implements Selector {
        public Not {
            Objects.requireNonNull(operand, "operand");
        }
        @Override public boolean matches(Map<String, String> labels) {
            return !operand.matches(labels);
        }
        @Override public String canonical() {
            return "!" + wrap(operand, 3);
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code left && right}. */
    record And(Selector left, Selector right) implements Selector {
        public And {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
        @Override public boolean matches(Map<String, String> labels) {
            return left.matches(labels) && right.matches(labels);
        }
        @Override public String canonical() {
            return wrap(left, 2) + " && " + wrap(right, 2);
        }
        @Override public int precedence() {
            return 2;
        }
        @Override public String toString() {
            return canonical();
        }
    }

    /** {@code left || right}. */
    record Or(Selector left, Selector right) implements Selector {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
        @Override public boolean matches(Map<String, String> labels) {
            return left.matches(labels) || right.matches(labels);
        }
        @Override public String canonical() {
            return wrap(left, 1) + " || " + wrap(right, 1);
        }
        @Override public int precedence() {
            return 1;
        }
        @Override public String toString() {
            return canonical();
        }
    }
}
