package io.velerojava.storage.azure;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The credential Secret of an Azure location: a dotenv file ({@code AZURE_SUBSCRIPTION_ID=...},
 * {@code AZURE_TENANT_ID}, {@code AZURE_CLIENT_ID}, {@code AZURE_CLIENT_SECRET}, {@code AZURE_RESOURCE_GROUP},
 * {@code AZURE_CLOUD_NAME}, {@code AZURE_STORAGE_ACCOUNT_ACCESS_KEY}), as Velero's Azure plugin reads it.
 */
record AzureCredentialsFile(Map<String, String> variables) {

    static AzureCredentialsFile parse(byte[] content) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).strip();
            }
            int eq = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || eq <= 0) {
                continue;
            }
            variables.put(trimmed.substring(0, eq).strip(), unquote(trimmed.substring(eq + 1).strip()));
        }
        return new AzureCredentialsFile(Map.copyOf(variables));
    }

    static AzureCredentialsFile empty() {
        return new AzureCredentialsFile(Map.of());
    }

    /** The variable from the file, or else from the process environment (where Velero's plugin also looks). */
    Optional<String> lookup(String name) {
        return Optional.ofNullable(variables.get(name))
                .or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(value -> !value.isEmpty());
    }

    @Override
    public String toString() {
        return "AzureCredentialsFile" + variables.keySet();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
