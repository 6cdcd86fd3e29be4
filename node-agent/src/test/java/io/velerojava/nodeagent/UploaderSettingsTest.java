package io.velerojava.nodeagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UploaderSettingsTest {

    @Test
    void aPositiveCountIsUsedAndZeroOrAbsenceMeanTheDefault() {
        assertThat(new UploaderSettings(Map.of("ParallelFilesUpload", "8"))
                .parallelFiles(UploaderSettings.PARALLEL_FILES_UPLOAD)).isEqualTo(OptionalInt.of(8));
        assertThat(new UploaderSettings(Map.of("ParallelFilesUpload", "0"))
                .parallelFiles(UploaderSettings.PARALLEL_FILES_UPLOAD)).isEmpty();
        assertThat(new UploaderSettings(null).parallelFiles(UploaderSettings.PARALLEL_FILES_UPLOAD)).isEmpty();
    }

    @Test
    void aValueThatIsNotACountIsRefusedWithTheKey() {
        for (String bad : new String[] {"-1", "many", "2.5"}) {
            assertThatThrownBy(() -> new UploaderSettings(Map.of("ParallelFilesDownload", bad))
                    .parallelFiles(UploaderSettings.PARALLEL_FILES_DOWNLOAD))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ParallelFilesDownload").hasMessageContaining(bad);
        }
    }
}
