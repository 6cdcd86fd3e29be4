package io.velerojava.engine.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Walks JSON text in a byte array without building anything: reads the strings it is asked for and skips every
 * other value, so a caller can find an item's boundaries and a few of its fields and then copy the item's bytes
 * as they are. It checks the structure (brackets, quotes, separators) it passes over, not the spelling of numbers
 * and literals it skips; the text comes from the API server, which only writes valid JSON.
 */
final class JsonScanner {

    private final byte[] json;
    private int position;

    JsonScanner(byte[] json) {
        this.json = json;
    }

    /** Index of the next byte to read. */
    int position() {
        return position;
    }

    /** Skips whitespace and returns the next byte without consuming it, or -1 at the end. */
    int peek() {
        while (position < json.length && isWhitespace(json[position])) {
            position++;
        }
        return position < json.length ? json[position] : -1;
    }

    /** Consumes {@code c} if it comes next. */
    boolean consume(char c) {
        if (peek() == c) {
            position++;
            return true;
        }
        return false;
    }

    void expect(char c) throws IOException {
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    /** Reads a string value, decoding its escapes. */
    String string() throws IOException {
        expect('"');
        int start = position;
        while (position < json.length) {
            byte b = json[position];
            if (b == '"') {
                position++;
                return new String(json, start, position - 1 - start, StandardCharsets.UTF_8);
            }
            if (b == '\\') {
                position = start;
                return escapedString();
            }
            position++;
        }
        throw error("unterminated string");
    }

    /** Reads the value of one field; it must consume the value (read or skip it). */
    @FunctionalInterface
    interface FieldReader {
        void read(String name) throws IOException;
    }

    /** Reads an object, handing each field's name to {@code field} with the scanner at the field's value. */
    void fields(FieldReader field) throws IOException {
        expect('{');
        if (consume('}')) {
            return;
        }
        do {
            String name = string();
            expect(':');
            field.read(name);
        } while (consume(','));
        expect('}');
    }

    /** Like {@link #fields}, but skips the value instead when it is not an object. */
    void fieldsIfObject(FieldReader field) throws IOException {
        if (peek() == '{') {
            fields(field);
        } else {
            skipValue();
        }
    }

    /** Whether the next value is {@code null}; consumes it if so. */
    boolean consumeNull() throws IOException {
        if (peek() == 'n') {
            skipValue();
            return true;
        }
        return false;
    }

    /** Skips one value of any kind, with everything nested in it. */
    void skipValue() throws IOException {
        int next = peek();
        if (next == '"') {
            skipString();
        } else if (next == '{') {
            skipObject();
        } else if (next == '[') {
            skipArray();
        } else {
            int start = position;
            while (position < json.length && !isDelimiter(json[position])) {
                position++;
            }
            if (position == start) {
                throw error("expected a value");
            }
        }
    }

    IOException error(String problem) {
        return new IOException(problem + " at offset " + position + " of " + json.length);
    }

    private void skipObject() throws IOException {
        expect('{');
        if (consume('}')) {
            return;
        }
        do {
            skipString();
            expect(':');
            skipValue();
        } while (consume(','));
        expect('}');
    }

    private void skipArray() throws IOException {
        expect('[');
        if (consume(']')) {
            return;
        }
        do {
            skipValue();
        } while (consume(','));
        expect(']');
    }

    private void skipString() throws IOException {
        expect('"');
        while (position < json.length) {
            byte b = json[position++];
            if (b == '"') {
                return;
            }
            if (b == '\\') {
                position++;
            }
        }
        throw error("unterminated string");
    }

    /** The slow path of {@link #string()}: from after the opening quote, with escapes. */
    private String escapedString() throws IOException {
        StringBuilder text = new StringBuilder();
        int runStart = position;
        while (position < json.length) {
            byte b = json[position];
            if (b == '"' || b == '\\') {
                text.append(new String(json, runStart, position - runStart, StandardCharsets.UTF_8));
                position++;
                if (b == '"') {
                    return text.toString();
                }
                text.append(escape());
                runStart = position;
            } else {
                position++;
            }
        }
        throw error("unterminated string");
    }

    private char escape() throws IOException {
        if (position >= json.length) {
            throw error("unterminated escape");
        }
        byte b = json[position++];
        return switch (b) {
            case '"', '\\', '/' -> (char) b;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (position + 4 > json.length) {
                    throw error("unterminated escape");
                }
                try {
                    char c = (char) Integer.parseInt(new String(json, position, 4, StandardCharsets.US_ASCII), 16);
                    position += 4;
                    yield c;
                } catch (NumberFormatException e) {
                    throw error("bad \\u escape");
                }
            }
            default -> throw error("bad escape");
        };
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static boolean isDelimiter(byte b) {
        return b == ',' || b == '}' || b == ']' || b == ':' || b == '"' || b == '{' || b == '[' || isWhitespace(b);
    }
}
