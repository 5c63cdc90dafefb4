package io.soundport.adapters.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the top-level members of a partner's JSON answer, strictly: an object, string members unescaped, numbers
 * kept as their text, nested objects and arrays skipped. Anything that is not such an object reads as empty.
 */
final class PartnerAnswer {
    private static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;

    private PartnerAnswer(String text) {
        this.text = text;
    }

    /** The top-level string and number members of {@code json} by name; empty when it is not a JSON object. */
    static Map<String, String> topLevel(String json) {
        if (json == null) {
            return Map.of();
        }
        PartnerAnswer reader = new PartnerAnswer(json);
        try {
            Map<String, String> members = reader.object();
            reader.skipWhitespace();
            return reader.pos == json.length() ? members : Map.of();
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            return Map.of();
        }
    }

    private Map<String, String> object() {
        skipWhitespace();
        expect('{');
        Map<String, String> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipWhitespace();
            String name = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            char c = peek();
            if (c == '"') {
                members.put(name, string());
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                members.put(name, number());
            } else {
                skipValue(0);
            }
            skipWhitespace();
            char next = text.charAt(pos++);
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected , or }");
            }
        }
    }

    private void skipValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        skipWhitespace();
        char c = peek();
        if (c == '"') {
            string();
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            number();
        } else if (c == '{' || c == '[') {
            char close = c == '{' ? '}' : ']';
            pos++;
            skipWhitespace();
            if (peek() == close) {
                pos++;
                return;
            }
            while (true) {
                skipWhitespace();
                if (c == '{') {
                    string();
                    skipWhitespace();
                    expect(':');
                }
                skipValue(depth + 1);
                skipWhitespace();
                char next = text.charAt(pos++);
                if (next == close) {
                    return;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("expected , or " + close);
                }
            }
        } else if (text.startsWith("true", pos)) {
            pos += 4;
        } else if (text.startsWith("false", pos)) {
            pos += 5;
        } else if (text.startsWith("null", pos)) {
            pos += 4;
        } else {
            throw new IllegalArgumentException("unexpected " + c);
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new IllegalArgumentException("bad escape");
            }
        }
    }

    private String number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String number = text.substring(start, pos);
        new java.math.BigDecimal(number);
        return number;
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        pos++;
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void skipWhitespace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }
}
