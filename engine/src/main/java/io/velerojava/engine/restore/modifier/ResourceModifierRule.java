package io.velerojava.engine.restore.modifier;

/**
 * One entry of {@code resourceModifierRules}: the items it applies to and what it does to them.
 *
 * @param number the rule's position in the list, from 1, to name it in errors
 */
record ResourceModifierRule(int number, Conditions conditions, ItemPatch patch) {
}
