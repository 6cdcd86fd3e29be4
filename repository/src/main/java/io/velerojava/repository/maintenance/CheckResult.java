package io.velerojava.repository.maintenance;

import java.util.List;

/** What {@code check} found; each problem names the blob, content, snapshot or path concerned. */
public record CheckResult(CheckMode mode, int snapshots, int packs, long contentsVerified, List<String> problems) {

    public CheckResult {
        problems = List.copyOf(problems);
    }

    public boolean isHealthy() {
        return problems.isEmpty();
    }
}
