package org.briefingreader.export;

/**
 * Writes a string as a YAML double-quoted scalar that reads back as the same string, whatever it holds.
 *
 * <p>{@code Tokyo: "Plan" #2} -> {@code "Tokyo: \"Plan\" #2"}; a line break -> {@code \n}; a bell character -> a
 * backslash, {@code u} and four hex digits. Inside double quotes {@code :}, {@code #}, {@code -}, {@code [},
 * {@code &} and the like mean nothing, so only the backslash, the double quote and what YAML does not allow raw
 * (C0 and C1 controls, DEL, U+FEFF, U+FFFE, U+FFFF) are escaped, plus U+2028 and U+2029, which YAML 1.1 readers
 * take for line breaks. Half a surrogate pair, which no encoding can write, becomes U+FFFD. Every escape used is
 * also a JSON escape, so the result is a JSON string literal too: tests read it back with a JSON parser.
 */
final class YamlScalar {
    private YamlScalar() {
    }

    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD'); // half a pair is no character at all: UTF-8 cannot write it either
                    } else if (needsEscape(c)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Outside YAML's printable set, or read as a line break by some readers. */
    private static boolean needsEscape(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029'
                || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }
}
