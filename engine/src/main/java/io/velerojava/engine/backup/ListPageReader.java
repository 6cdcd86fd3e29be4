package io.velerojava.engine.backup;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.velerojava.api.VeleroLabels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one page of a LIST response ({@code {"metadata":{"continue":...},"items":[...]}}) and hands each item to a
 * sink as the bytes the API server sent, with the list's apiVersion and kind put in front (items of a LIST carry
 * neither, and restores need them). Nothing is bound to objects or written anew: the scanner finds each item's
 * boundaries and reads only the metadata a backup decides on, so an item costs one pass over its bytes and one copy.
 */
final class ListPageReader {

    private final byte[] apiVersionField;
    private final byte[] kindField;

    ListPageReader(String apiVersion, String kind) {
        this.apiVersionField = field("apiVersion", apiVersion);
        this.kindField = field("kind", kind);
    }

    /**
     * Hands every item of the page to {@code sink}, in order.
     *
     * @return the continue token, empty on the last page
     * @throws IOException if the body is not a LIST response; items before the fault have reached the sink
     */
    Optional<String> read(byte[] body, Consumer<BackupItem> sink) throws IOException {
        JsonScanner json = new JsonScanner(body);
        if (json.peek() != '{') {
            throw json.error("expected a LIST response object");
        }
        String[] continueToken = {null};
        json.fields(field -> {
            if ("metadata".equals(field) && json.peek() == '{') {
                continueToken[0] = continueToken(json);
            } else if ("items".equals(field) && json.peek() == '[') {
                items(json, body, sink);
            } else {
                json.skipValue();
            }
        });
        return Optional.ofNullable(continueToken[0]).filter(token -> !token.isEmpty());
    }

    private static String continueToken(JsonScanner json) throws IOException {
        String[] token = {null};
        json.fields(field -> {
            if ("continue".equals(field) && json.peek() == '"') {
                token[0] = json.string();
            } else {
                json.skipValue();
            }
        });
        return token[0];
    }

    private void items(JsonScanner json, byte[] body, Consumer<BackupItem> sink) throws IOException {
        json.expect('[');
        if (json.consume(']')) {
            return;
        }
        do {
            if (json.peek() != '{') {
                throw json.error("expected an object in items");
            }
            sink.accept(item(json, body));
        } while (json.consume(','));
        json.expect(']');
    }

    private BackupItem item(JsonScanner json, byte[] body) throws IOException {
        int start = json.position();
        ItemFields fields = new ItemFields();
        json.fields(field -> {
            switch (field) {
                case "metadata" -> metadata(json, fields);
                case "apiVersion" -> {
                    fields.hasApiVersion = true;
                    json.skipValue();
                }
                case "kind" -> {
                    fields.hasKind = true;
                    json.skipValue();
                }
                default -> json.skipValue();
            }
        });
        if (fields.name == null) {
            throw json.error("an item of the LIST response has no metadata.name");
        }
        return new BackupItem(fields.name, Optional.ofNullable(fields.namespace), fields.excludedByLabel,
                fields.beingDeleted, withTypeFields(body, start, json.position(), fields));
    }

    private static void metadata(JsonScanner json, ItemFields fields) throws IOException {
        json.fieldsIfObject(field -> {
            switch (field) {
                case "name" -> fields.name = json.peek() == '"' ? json.string() : skipped(json);
                case "namespace" -> fields.namespace = json.peek() == '"' ? json.string() : skipped(json);
                case "deletionTimestamp" -> {
                    fields.beingDeleted = !json.consumeNull();
                    if (fields.beingDeleted) {
                        json.skipValue();
                    }
                }
                case "labels" -> labels(json, fields);
                default -> json.skipValue();
            }
        });
    }

    private static void labels(JsonScanner json, ItemFields fields) throws IOException {
        json.fieldsIfObject(key -> {
            if (VeleroLabels.EXCLUDE_FROM_BACKUP.equals(key) && json.peek() == '"') {
                fields.excludedByLabel = "true".equals(json.string());
            } else {
                json.skipValue();
            }
        });
    }

    /** Skips the value; returns null so that a field that is not a string reads as absent. */
    private static String skipped(JsonScanner json) throws IOException {
        json.skipValue();
        return null;
    }

    /** The item's bytes with {@code "apiVersion":...,"kind":...,} after its opening brace, unless it has them. */
    private byte[] withTypeFields(byte[] body, int start, int end, ItemFields fields) {
        byte[] apiVersion = fields.hasApiVersion ? new byte[0] : apiVersionField;
        byte[] kind = fields.hasKind ? new byte[0] : kindField;
        int rest = end - start - 1;
        byte[] item = new byte[1 + apiVersion.length + kind.length + rest];
        item[0] = '{';
        System.arraycopy(apiVersion, 0, item, 1, apiVersion.length);
        System.arraycopy(kind, 0, item, 1 + apiVersion.length, kind.length);
        System.arraycopy(body, start + 1, item, 1 + apiVersion.length + kind.length, rest);
        return item;
    }

    /** {@code "name":"value",} as JSON bytes. */
    private static byte[] field(String name, String value) {
        String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(value));
        return ("\"" + name + "\":\"" + quoted + "\",").getBytes(StandardCharsets.UTF_8);
    }

    /** What the backup reads of an item while passing over it. */
    private static final class ItemFields {
        String name;
        String namespace;
        boolean excludedByLabel;
        boolean beingDeleted;
        boolean hasApiVersion;
        boolean hasKind;
    }
}
