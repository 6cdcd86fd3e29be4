package io.velerojava.engine.restore.modifier;

/** One entry of {@code resourceModifierRules}: the items it applies to and what it does to them. */
record ResourceModifierRule(Conditions conditions, ItemPatch patch) {
}
