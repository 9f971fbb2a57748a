package dev.kubeforge.maven;

import dev.kubeforge.ClusterDefinition;
import dev.kubeforge.Generation;
import dev.kubeforge.Kubeforge;
import dev.kubeforge.check.Policy;
import dev.kubeforge.secret.SecretResolver;
import dev.kubeforge.check.ProblemsException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Finds a project's cluster definitions, the classes named in {@code <definitions>} or every usable one
 * among the compiled classes, and runs them. A usable definition is a public concrete class implementing
 * {@link ClusterDefinition} with a public no-argument constructor. Finding loads classes without
 * initializing them, so looking at a class runs none of its code.
 */
final class DefinitionClasses {

  private static final String PARAMETER = AbstractKubeMojo.parameter("definitions");

  private DefinitionClasses() {}

  /**
   * Every usable definition among the {@code .class} files under {@code classes}, sorted by name; none
   * when the directory does not exist. A class that cannot be loaded is skipped with a warning.
   */
  static List<Class<? extends ClusterDefinition>> discover(Path classes, ClassLoader loader, Log log)
      throws IOException {
    if (!Files.isDirectory(classes)) {
      return List.of();
    }
    List<String> names;
    try (var files = Files.walk(classes)) {
      names = files.filter(file -> file.getFileName().toString().endsWith(".class"))
          .map(file -> className(classes.relativize(file)))
          .filter(name -> !name.endsWith("module-info") && !name.endsWith("package-info"))
          .sorted()
          .toList();
    }
    var found = new ArrayList<Class<? extends ClusterDefinition>>();
    for (String name : names) {
      try {
        var type = Class.forName(name, false, loader);
        var unusable = unusable(type);
        if (unusable == null) {
          found.add(type.asSubclass(ClusterDefinition.class));
        } else if (ClusterDefinition.class.isAssignableFrom(type)) {
          log.debug("kube: " + name + " is no cluster definition to generate: it " + unusable);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        log.warn("kube: skipped " + name + ", which cannot be loaded from the runtime classpath: " + e);
      }
    }
    return found;
  }

  /** The class named in {@code <definitions>}; fails naming the parameter when it is not usable. */
  static Class<? extends ClusterDefinition> named(String name, ClassLoader loader) throws MojoExecutionException {
    Class<?> type;
    try {
      type = Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new MojoExecutionException(PARAMETER + " names " + name
          + ", which is neither among the project's classes nor in its runtime dependencies", e);
    } catch (LinkageError e) {
      throw new MojoExecutionException(PARAMETER + " names " + name + ", which cannot be loaded: " + e, e);
    }
    var unusable = unusable(type);
    if (unusable != null) {
      throw new MojoExecutionException(PARAMETER + " names " + name + ", which " + unusable);
    }
    return type.asSubclass(ClusterDefinition.class);
  }

  /**
   * Creates the definitions and generates them with {@code loader} as the thread's context class loader.
   * An exception thrown by a definition's initializer, constructor or {@code define()} becomes a
   * {@link MojoExecutionException} that names the definition's line.
   *
   * @throws ProblemsException when the definitions have errors
   */
  static Generation generate(
      List<Class<? extends ClusterDefinition>> types, ClassLoader loader, SecretResolver secrets)
      throws MojoExecutionException {
    return generate(types, loader, secrets, Policy.defaults());
  }

  /** {@link #generate(List, ClassLoader, SecretResolver)} with the policy checks at {@code policy}'s levels. */
  static Generation generate(
      List<Class<? extends ClusterDefinition>> types, ClassLoader loader, SecretResolver secrets, Policy policy)
      throws MojoExecutionException {
    var thread = Thread.currentThread();
    var previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      var definitions = new ArrayList<ClusterDefinition>(types.size());
      for (Class<? extends ClusterDefinition> type : types) {
        definitions.add(instantiate(type));
      }
      return secrets == null ? Kubeforge.generate(definitions, policy) : Kubeforge.generate(definitions, secrets, policy);
    } catch (ProblemsException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new MojoExecutionException("kube: a cluster definition threw " + e + where(e, types), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static ClusterDefinition instantiate(Class<? extends ClusterDefinition> type)
      throws MojoExecutionException {
    try {
      return type.getConstructor().newInstance();
    } catch (InvocationTargetException | ExceptionInInitializerError e) {
      var cause = e.getCause();
      throw new MojoExecutionException(
          "kube: creating " + type.getName() + " threw " + cause + where(cause, List.of(type)), cause);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new MojoExecutionException("kube: cannot create " + type.getName() + ": " + e, e);
    }
  }

  /**
   * The first line of a definition that {@code e} passed through, as a line to append to a message:
   * {@code \n  at com.example.Prod.define(Prod.java:12)}; empty when it passed through none.
   */
  private static String where(Throwable e, List<Class<? extends ClusterDefinition>> types) {
    for (StackTraceElement frame : e.getStackTrace()) {
      var inFrame = frame.getClassName();
      if (types.stream().map(Class::getName)
          .anyMatch(name -> inFrame.equals(name) || inFrame.startsWith(name + "$"))) {
        return "\n  at " + frame.getClassName() + "." + frame.getMethodName()
            + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
      }
    }
    return "";
  }

  /** Why {@code type} cannot be generated, as the end of a sentence; {@code null} when it can. */
  private static String unusable(Class<?> type) {
    if (!ClusterDefinition.class.isAssignableFrom(type)) {
      return "does not implement " + ClusterDefinition.class.getName();
    }
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return "is abstract";
    }
    if (!Modifier.isPublic(type.getModifiers())) {
      return "is not public";
    }
    try {
      type.getConstructor();
      return null;
    } catch (NoSuchMethodException e) {
      return "has no public no-argument constructor";
    }
  }

  private static String className(Path relative) {
    var name = StreamSupport.stream(relative.spliterator(), false).map(Path::toString)
        .collect(Collectors.joining("."));
    return name.substring(0, name.length() - ".class".length());
  }
}
