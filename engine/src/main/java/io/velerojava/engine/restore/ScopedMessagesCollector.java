package io.velerojava.engine.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Gathers messages of one severity from concurrent restore workers. */
public final class ScopedMessagesCollector {

    private final List<String> velero = new ArrayList<>();
    private final List<String> cluster = new ArrayList<>();
    private final SortedMap<String, List<String>> namespaces = new TreeMap<>();

    public synchronized void addVelero(String message) {
        velero.add(message);
    }

    public synchronized void addCluster(String message) {
        cluster.add(message);
    }

    public synchronized void addNamespace(String namespace, String message) {
        namespaces.computeIfAbsent(namespace, ns -> new ArrayList<>()).add(message);
    }

    /** Files the message under the namespace when there is one, else under cluster-scoped items. */
    public void addForItem(Optional<String> namespace, String message) {
        namespace.ifPresentOrElse(ns -> addNamespace(ns, message), () -> addCluster(message));
    }

    public synchronized int count() {
        return velero.size() + cluster.size() + namespaces.values().stream().mapToInt(List::size).sum();
    }

    public synchronized ScopedMessages snapshot() {
        return new ScopedMessages(velero, cluster, namespaces);
    }
}
