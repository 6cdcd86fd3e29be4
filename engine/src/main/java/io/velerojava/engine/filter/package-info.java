/**
 * Velero's filter primitives, shared by backup and restore: shell globs as its include/exclude lists take them,
 * include/exclude lists with its precedence rules, and label selectors evaluated on an item's labels.
 */
package io.velerojava.engine.filter;
