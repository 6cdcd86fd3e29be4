package io.velerojava.testenv;

/** A namespace created fresh for one test and deleted after it. */
public record TestNamespace(String name) {
}
