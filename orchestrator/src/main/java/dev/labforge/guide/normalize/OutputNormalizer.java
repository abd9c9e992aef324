package dev.labforge.guide.normalize;

import java.util.List;

/** Applies {@link NormalizeRules} line by line: two captures of one command compare equal after it. */
public final class OutputNormalizer {
    public static final OutputNormalizer DEFAULT = new OutputNormalizer(NormalizeRules.ALL);

    private final List<NormalizeRule> rules;

    public OutputNormalizer(List<NormalizeRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** These rules first, then this normaliser's. */
    public OutputNormalizer withFirst(List<NormalizeRule> first) {
        List<NormalizeRule> all = new java.util.ArrayList<>(first);
        all.addAll(rules);
        return new OutputNormalizer(all);
    }

    public String line(String line) {
        String out = line;
        for (NormalizeRule r : rules) {
            out = r.apply(out);
        }
        return out;
    }

    /** Every line normalised and sorted: for output whose line order means nothing ({@link NormalizeRules#unordered}). */
    public List<String> sortedLines(String text) {
        return lines(text).stream().sorted().toList();
    }

    /** Every line normalised; line endings (\r\n or \n) do not count. */
    public List<String> lines(String text) {
        return text.lines().map(this::line).toList();
    }
}
