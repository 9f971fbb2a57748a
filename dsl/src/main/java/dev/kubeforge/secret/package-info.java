/**
 * Secrets as a type: {@link dev.kubeforge.secret.SecretValue} names where a secret comes from, and a
 * {@link dev.kubeforge.secret.SecretResolver} reads it at generation time, for the git-ignored secrets
 * output only. Part of the model layer; depends on nothing else of Kubeforge.
 */
package dev.kubeforge.secret;
