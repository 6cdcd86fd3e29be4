package io.velerojava.api.validation;

import io.velerojava.api.GoDuration;
import io.velerojava.api.OpenEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects "{@code <field path>: <problem>}" messages; shared by the spec validators. */
final class FieldErrors {

    private final List<String> messages = new ArrayList<>();

    void add(String path, String problem) {
        messages.add(path + ": " + problem);
    }

    List<String> toList() {
        return List.copyOf(messages);
    }

    void requireText(String path, String value, String hint) {
        if (value == null || value.isBlank()) {
            add(path, "required" + hint);
        }
    }

    void checkDuration(String path, GoDuration duration) {
        if (duration == null) {
            return;
        }
        if (!duration.isValid()) {
            add(path, "invalid duration \"" + duration + "\"; use a Go duration such as 72h0m0s, 10m or 1h30m");
        } else if (duration.isNegative()) {
            add(path, "must not be negative, got " + duration);
        }
    }

    void checkNotNegative(String path, Integer value) {
        if (value != null && value < 0) {
            add(path, "must not be negative, got " + value);
        }
    }

    <E extends OpenEnum> void checkKnown(String path, E value, List<E> known) {
        if (value != null && !value.isKnown()) {
            add(path, "\"" + value.value() + "\" is not one of "
                    + known.stream().map(OpenEnum::value).collect(Collectors.joining(", ")));
        }
    }
}
