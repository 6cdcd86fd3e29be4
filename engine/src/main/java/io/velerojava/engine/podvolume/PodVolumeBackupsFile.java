package io.velerojava.engine.podvolume;

import com.fasterxml.jackson.core.type.TypeReference;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.velerojava.api.v1.PodVolumeBackup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The backup's {@code <backup>-podvolumebackups.json.gz}: a gzipped JSON array of PodVolumeBackup objects. */
public final class PodVolumeBackupsFile {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private PodVolumeBackupsFile() {
    }

    public static byte[] write(List<PodVolumeBackup> backups) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(SERIALIZATION.asJson(backups).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** Reads the file; the caller closes {@code gzipped}. */
    public static List<PodVolumeBackup> read(InputStream gzipped) throws IOException {
        List<PodVolumeBackup> backups = SERIALIZATION.unmarshal(new GZIPInputStream(gzipped),
                new TypeReference<List<PodVolumeBackup>>() {
                });
        return backups == null ? List.of() : backups;
    }
}
