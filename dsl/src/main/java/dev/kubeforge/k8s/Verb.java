package dev.kubeforge.k8s;

/** An action on a Kubernetes resource that a {@link Rule} grants. Maps to {@code rules[].verbs[]}. */
public enum Verb {
  /** Read one object. */
  GET("get"),
  /** Read every object of a kind. */
  LIST("list"),
  /** Follow changes. */
  WATCH("watch"),
  /** Create objects. */
  CREATE("create"),
  /** Replace objects. */
  UPDATE("update"),
  /** Change objects in part. */
  PATCH("patch"),
  /** Delete one object. */
  DELETE("delete"),
  /** Delete every object of a kind at once. */
  DELETE_COLLECTION("deletecollection"),
  /** Every verb ({@code *}). */
  ALL("*");

  private final String value;

  Verb(String value) {
    this.value = value;
  }

  /** The verb as Kubernetes writes it, such as {@code get} or {@code *}. */
  public String value() {
    return value;
  }
}
