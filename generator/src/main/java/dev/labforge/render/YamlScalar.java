package dev.labforge.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code ${yaml(x)}} in templates: a name from the spec as a YAML scalar that reads back as the same
 * string. Plain when that is safe (k01-worker), double-quoted otherwise: words YAML 1.1 readers
 * (kubectl, containerlab) take as booleans or null (yes, on, null ...), anything starting with a
 * digit or sign (a number or a base-60 number to YAML 1.1), and anything with other characters.
 */
final class YamlScalar implements TemplateMethodModelEx {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9._/-]*");
    private static final Set<String> RESERVED = Set.of(
            "y", "yes", "n", "no", "true", "false", "on", "off", "null", "nan", "inf");

    static String of(String value) {
        if (PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return value;
        }
        return quoted(value);
    }

    /** A YAML double-quoted scalar (JSON string syntax, which YAML accepts). */
    static String quoted(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException("yaml(x) takes one string");
        }
        return of(scalar.getAsString());
    }
}
