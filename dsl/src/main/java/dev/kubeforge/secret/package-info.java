/**
 * Secrets as a type: {@link dev.kubeforge.secret.SecretValue} names where a secret comes from, and a
 * {@link dev.kubeforge.secret.SecretResolver} reads it at generation time, for the git-ignored secrets
 * output only. A model layer; depends on nothing else of Kubeforge but {@code core}.
 */
package dev.kubeforge.secret;
