package io.velerojava.engine.backup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListPageReaderTest {

    private final ListPageReader reader = new ListPageReader("example.com/v1", "Widget");

    @Test
    void itemsKeepTheServersBytesWithTheListsApiVersionAndKindInFront() throws IOException {
        String served = "{\"metadata\":{\"name\":\"w1\",\"namespace\":\"ns1\",\"labels\":{\"app\":\"x\"}},"
                + "\"spec\":{\"ratio\":1.50,\"big\":12345678901234567890,\"exp\":1e3,"
                + "\"list\":[1,\"two\",null,true,{\"a\":[]}],\"text\":\"caf\\u00e9 \\\"q\\\" <b> é\"}}";
        List<BackupItem> items = new ArrayList<>();

        Optional<String> continueToken = reader.read(json("{\"kind\":\"WidgetList\",\"apiVersion\":\"example.com/v1\","
                + "\"metadata\":{\"resourceVersion\":\"7\",\"continue\":\"abc\"},\"items\":[" + served + "]}"),
                items::add);

        assertThat(continueToken).contains("abc");
        assertThat(items).hasSize(1);
        BackupItem item = items.get(0);
        assertThat(item.name()).isEqualTo("w1");
        assertThat(item.namespace()).contains("ns1");
        assertThat(item.excludedByLabel()).isFalse();
        assertThat(item.beingDeleted()).isFalse();
        assertThat(new String(item.json(), UTF_8))
                .isEqualTo("{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\"," + served.substring(1));
        assertThat(item.object().getApiVersion()).isEqualTo("example.com/v1");
        assertThat(item.object().getAdditionalProperties()).containsKey("spec");
    }

    @Test
    void whitespaceBetweenTokensIsAllowedAndKept() throws IOException {
        List<BackupItem> items = new ArrayList<>();

        reader.read(json(" {\n \"items\" : [ { \"metadata\" : { \"name\" : \"w\" } } ] ,\"metadata\":{} } "),
                items::add);

        assertThat(new String(items.get(0).json(), UTF_8)).isEqualTo(
                "{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\", \"metadata\" : { \"name\" : \"w\" } }");
    }

    @Test
    void escapedNamesAreDecoded() throws IOException {
        List<BackupItem> items = new ArrayList<>();

        reader.read(json("{\"items\":[{\"metadata\":{\"name\":\"a\\\"b\\\\c\\u00e9\\ud83d\\ude00\\n\"}}]}"), items::add);

        assertThat(items.get(0).name()).isEqualTo("a\"b\\cé\uD83D\uDE00\n");
    }

    @Test
    void readsTheMetadataTheBackupDecidesOn() throws IOException {
        List<BackupItem> items = new ArrayList<>();

        reader.read(json("""
                {"items":[
                  {"metadata":{"name":"kept","labels":{"velero.io/exclude-from-backup":"false"}}},
                  {"metadata":{"name":"excluded","labels":{"velero.io/exclude-from-backup":"true"}}},
                  {"metadata":{"name":"deleting","deletionTimestamp":"2026-01-01T00:00:00Z"}},
                  {"metadata":{"name":"cluster-scoped","deletionTimestamp":null}}]}
                """), items::add);

        assertThat(items).extracting(BackupItem::name).containsExactly("kept", "excluded", "deleting",
                "cluster-scoped");
        assertThat(items).extracting(BackupItem::excludedByLabel).containsExactly(false, true, false, false);
        assertThat(items).extracting(BackupItem::beingDeleted).containsExactly(false, false, true, false);
        assertThat(items.get(3).namespace()).isEmpty();
    }

    @Test
    void anItemsOwnApiVersionAndKindAreKeptNotDuplicated() throws IOException {
        List<BackupItem> items = new ArrayList<>();

        reader.read(json("{\"items\":[{\"apiVersion\":\"old/v0\",\"kind\":\"Old\",\"metadata\":{\"name\":\"w\"}}]}"),
                items::add);

        assertThat(new String(items.get(0).json(), UTF_8))
                .isEqualTo("{\"apiVersion\":\"old/v0\",\"kind\":\"Old\",\"metadata\":{\"name\":\"w\"}}");
    }

    @Test
    void theLastPageHasNoContinueTokenWhereverTheMetadataComes() throws IOException {
        assertThat(reader.read(json("{\"items\":[],\"metadata\":{\"continue\":\"\"}}"), item -> { })).isEmpty();
        assertThat(reader.read(json("{\"items\":null,\"metadata\":{}}"), item -> { })).isEmpty();
        assertThat(reader.read(json("{\"items\":[],\"metadata\":{\"continue\":\"next\"}}"), item -> { }))
                .contains("next");
    }

    @Test
    void malformedResponsesFailWithAReason() {
        assertThatThrownBy(() -> reader.read(json("[1,2]"), item -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("LIST response");
        assertThatThrownBy(() -> reader.read(json("{\"items\":[{\"metadata\":{\"name\":\"w\"}}"), item -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("expected ']'");
        assertThatThrownBy(() -> reader.read(json("{\"items\":[{\"metadata\":{\"name\":\"w}}]}"), item -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> reader.read(json("{\"items\":[{\"metadata\":{\"name\":\"w\"},\"spec\":}]}"),
                item -> { })).isInstanceOf(IOException.class).hasMessageContaining("expected a value");
        assertThatThrownBy(() -> reader.read(json("{\"items\":[{\"spec\":{}}]}"), item -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("no metadata.name");
        assertThatThrownBy(() -> reader.read(json("{\"items\":[{\"metadata\":{\"name\":\"w\"},\"spec\":{"),
                item -> { })).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> reader.read(json("{\"items\":[1]}"), item -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("an object in items");
    }

    @Test
    void itemsBeforeABrokenOneReachTheSink() {
        List<BackupItem> items = new ArrayList<>();

        assertThatThrownBy(() -> reader.read(json("{\"items\":[{\"metadata\":{\"name\":\"a\"}},{\"meta"),
                items::add)).isInstanceOf(IOException.class);

        assertThat(items).extracting(BackupItem::name).containsExactly("a");
    }

    private static byte[] json(String text) {
        return text.getBytes(UTF_8);
    }
}
