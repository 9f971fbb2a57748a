package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import io.fabric8.kubernetes.api.model.EphemeralVolumeSource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimTemplate;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.TreeMap;

/**
 * Storage of a StorageClass that lives as long as the pod: a claim made for each pod from a template and
 * deleted with it, as scratch space larger than a node's disk allows: {@code EphemeralVolume.of(ClaimTemplate
 * .named("scratch", Size.gib(50)).storageClass(fast))}. Maps to {@code volumes[].ephemeral}.
 *
 * @param template the claim each pod gets, named {@code <pod>-<template name>}; the template's name is
 *     the volume's
 * @see <a href="https://kubernetes.io/docs/concepts/storage/ephemeral-volumes/#generic-ephemeral-volumes">Generic ephemeral volumes</a>
 */
public record EphemeralVolume(ClaimTemplate template) implements VolumeSource {

  /** Checks the template. */
  public EphemeralVolume {
    requireNonNull(template, "template");
  }

  /** A claim of {@code template} per pod. */
  public static EphemeralVolume of(ClaimTemplate template) {
    return new EphemeralVolume(template);
  }

  @Override
  public String volumeName() {
    return template.volumeName();
  }

  void describe(Volume volume) {
    var claim = template.persistentVolumeClaim();
    var metadata = new ObjectMeta();
    var labels = claim.getMetadata().getLabels();
    metadata.setLabels(labels == null || labels.isEmpty() ? null : new TreeMap<>(labels));
    var source = new EphemeralVolumeSource();
    source.setVolumeClaimTemplate(new PersistentVolumeClaimTemplate(labels == null || labels.isEmpty() ? null : metadata,
        claim.getSpec()));
    volume.setEphemeral(source);
  }
}
