package dev.labforge.validate;

import java.util.regex.Pattern;

/** Name syntax used by Kubernetes, kind and containerlab. */
final class Names {
    static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    static final Pattern CLAB_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-._]*");
    static final int MAX_LABEL = 63;

    private Names() {
    }

    static boolean isDnsLabel(String s) {
        return s.length() <= MAX_LABEL && DNS1123_LABEL.matcher(s).matches();
    }

    /** Why the name is not a DNS-1123 label, in words. */
    static String whyNotDnsLabel(String s) {
        if (s.isEmpty()) {
            return "is empty";
        }
        if (s.length() > MAX_LABEL) {
            return "is " + s.length() + " characters long (at most 63)";
        }
        for (char c : s.toCharArray()) {
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return "contains '" + c + "'" + (Character.isUpperCase(c) ? " (uppercase)" : "");
            }
        }
        return "must start and end with a letter or digit";
    }

    /** A lowercase, hyphenated suggestion for an invalid name. */
    static String suggest(String s) {
        String t = s.toLowerCase().replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (t.length() > MAX_LABEL) {
            t = t.substring(0, MAX_LABEL).replaceAll("-$", "");
        }
        return t.isEmpty() ? "lab-1" : t;
    }
}
