package dev.kubeforge.core;

import static java.util.Objects.requireNonNull;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The place of a builder in a cluster under construction: its {@link ObjectPath}, the allowances made
 * on it, where in the definition's source it was created, and whether the cluster is already built.
 *
 * <p>Every construct's builder holds one; children get theirs from {@link #child}. Definitions never
 * need to create one: {@code Cluster.named(..)} does.
 *
 * <p>{@link #root} and {@link #child} record the {@link SourceLocation} of the first caller outside this
 * library (and outside the JDK), such as the line of {@code ns.app("web")} in a definition; the first
 * record of a path stays. {@link #declarations()} hands them out once the cluster is built.
 */
public final class Scope {

  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  private static final URL LIBRARY = location(Scope.class);

  /** Whether a class is this library's or the JDK's: its frames are skipped when looking for the caller. */
  private static final ClassValue<Boolean> SKIPPED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      var loader = type.getClassLoader();
      if (loader == null || loader == ClassLoader.getPlatformClassLoader()) {
        return true;
      }
      return LIBRARY == null ? type.getName().startsWith("dev.kubeforge.core.") : LIBRARY.equals(location(type));
    }
  };

  private final ObjectPath path;
  private final Root root;

  private Scope(ObjectPath path, Root root) {
    this.path = path;
    this.root = root;
  }

  /** The scope of a new root construct, such as {@code cluster prod}. */
  public static Scope root(String kind, String name) {
    var path = ObjectPath.of(kind, name);
    var scope = new Scope(path, new Root(path.toString()));
    scope.declared();
    return scope;
  }

  /** The scope of a child construct, such as {@code namespace web} under {@code cluster prod}. */
  public Scope child(String kind, String name) {
    var scope = new Scope(path.child(kind, name), root);
    scope.declared();
    return scope;
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

  /**
   * Where each construct of this cluster was created in the definition's source, by path; complete once
   * {@link #freeze()} has run.
   */
  public Declarations declarations() {
    return Declarations.of(root.declarations);
  }

  /** Records where this scope's construct is created, unless its path already has a record. */
  private void declared() {
    if (!root.declarations.containsKey(path)) {
      var caller = WALKER.walk(frames -> frames
          .filter(frame -> !SKIPPED.get(frame.getDeclaringClass()) && frame.getFileName() != null
              && frame.getLineNumber() > 0)
          .findFirst());
      caller.ifPresent(frame -> root.declarations.put(path,
          new SourceLocation(frame.getClassName(), frame.getFileName(), frame.getLineNumber())));
    }
  }

  private static URL location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null ? null : source.getLocation();
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
    private final Map<ObjectPath, SourceLocation> declarations = new HashMap<>();
    private boolean built;

    Root(String name) {
      this.name = name;
    }
  }
}
