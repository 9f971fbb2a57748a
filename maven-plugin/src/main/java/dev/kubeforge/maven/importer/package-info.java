/**
 * {@code kube:import} without Maven: {@link dev.kubeforge.maven.importer.ManifestReader} reads manifests with
 * their {@code file:line}, {@link dev.kubeforge.maven.importer.ClusterImporter} turns them into one
 * {@code ClusterDefinition} written with JavaPoet, and {@link dev.kubeforge.maven.importer.ImportResult}
 * writes it, refusing to overwrite. No Maven API in here.
 */
package dev.kubeforge.maven.importer;
