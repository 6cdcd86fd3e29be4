package io.velerojava.storage;

import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/** The object store providers on the class path, by canonical name. */
public final class ObjectStoreRegistry {

    private final Map<String, ObjectStoreProvider> providers;

    private ObjectStoreRegistry(Map<String, ObjectStoreProvider> providers) {
        this.providers = Collections.unmodifiableMap(providers);
    }

    /** The providers that {@link ServiceLoader} finds through {@code classLoader}. */
    public static ObjectStoreRegistry discover(ClassLoader classLoader) {
        Map<String, ObjectStoreProvider> found = new TreeMap<>();
        for (ObjectStoreProvider provider : ServiceLoader.load(ObjectStoreProvider.class, classLoader)) {
            found.put(provider.name(), provider);
        }
        return new ObjectStoreRegistry(found);
    }

    /** The providers found through this class's class loader. */
    public static ObjectStoreRegistry discover() {
        return discover(ObjectStoreRegistry.class.getClassLoader());
    }

    /**
     * A registry in which {@code provider} replaces any provider of the same name; the server uses this to give the
     * filesystem provider its download endpoint.
     */
    public ObjectStoreRegistry with(ObjectStoreProvider provider) {
        Map<String, ObjectStoreProvider> copy = new TreeMap<>(providers);
        copy.put(provider.name(), provider);
        return new ObjectStoreRegistry(copy);
    }

    public Set<String> providerNames() {
        return providers.keySet();
    }

    /**
     * Opens the location with the provider its {@code provider} names ({@code aws} and {@code velero.io/aws} alike).
     *
     * @throws IllegalArgumentException if no provider has that name, or the provider rejects the location's config
     */
    public ObjectStore open(LocationConfig location) {
        ObjectStoreProvider provider = providers.get(location.canonicalProvider());
        if (provider == null) {
            throw new IllegalArgumentException("no object store provider named " + location.canonicalProvider()
                    + " (from \"" + location.provider() + "\"); available: " + providers.keySet());
        }
        return provider.open(location);
    }
}
