package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The place of a builder in a cluster under construction: its {@link ObjectPath}, the allowances made
 * on it, and whether the cluster is already built.
 *
 * <p>Every construct's builder holds one; children get theirs from {@link #child}. Definitions never
 * need to create one: {@code Cluster.named(..)} does.
 */
public final class Scope {

  private final ObjectPath path;
  private final Root root;

  private Scope(ObjectPath path, Root root) {
    this.path = path;
    this.root = root;
  }

  /** The scope of a new root construct, such as {@code cluster prod}. */
  public static Scope root(String kind, String name) {
    var path = ObjectPath.of(kind, name);
    return new Scope(path, new Root(path.toString()));
  }

  /** The scope of a child construct, such as {@code namespace web} under {@code cluster prod}. */
  public Scope child(String kind, String name) {
    return new Scope(path.child(kind, name), root);
  }

  /**
   * The scope of a part of this construct that has no name of its own, such as {@code kubeadm} under
   * {@code cluster prod}.
   */
  public Scope part(String name) {
    return new Scope(path.field(name), root);
  }

  /** Where the construct sits in the model. */
  public ObjectPath path() {
    return path;
  }

  /**
   * Throws {@link IllegalStateException} when the cluster is already built; every builder method that
   * changes something calls it first.
   */
  public void ensureMutable() {
    if (root.built) {
      throw new IllegalStateException(root.name + " is already built");
    }
  }

  /** Accepts the problems of check {@code checkId} on this construct and below it, for a reason. */
  public void allow(String checkId, String reason) {
    requireNonNull(checkId, "checkId");
    ensureMutable();
    root.allowances.add(new Allowance(path, checkId, reason));
  }

  /** Marks the cluster as built and returns every allowance made in it, in the order they were made. */
  public List<Allowance> freeze() {
    ensureMutable();
    root.built = true;
    return List.copyOf(root.allowances);
  }

  private static final class Root {
    private final String name;
    private final List<Allowance> allowances = new ArrayList<>();
    private boolean built;

    Root(String name) {
      this.name = name;
    }
  }
}
