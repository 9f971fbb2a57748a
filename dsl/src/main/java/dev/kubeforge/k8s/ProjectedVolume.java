package dev.kubeforge.k8s;

import static java.util.Objects.requireNonNull;

import dev.kubeforge.core.Names;
import io.fabric8.kubernetes.api.model.ConfigMapProjection;
import io.fabric8.kubernetes.api.model.DownwardAPIProjection;
import io.fabric8.kubernetes.api.model.ProjectedVolumeSource;
import io.fabric8.kubernetes.api.model.SecretProjection;
import io.fabric8.kubernetes.api.model.ServiceAccountTokenProjection;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Several sources in one directory: keys of ConfigMaps and Secrets, downward API files and service
 * account tokens for an audience, as {@code ProjectedVolume.named("creds").keys(KeyVolume.of(secret.ref()))
 * .serviceAccountToken("token", "vault", Duration.ofHours(1))}. Maps to {@code volumes[].projected}.
 *
 * @param volumeName the volume's name in the pod
 * @param sources {@code sources[]}, in order: {@link KeyVolume}s, {@link DownwardApiVolume}s (their files)
 *     and {@link Token}s
 * @param defaultMode {@code defaultMode} of the files, or {@code null} for Kubernetes' {@code 0644}
 * @see <a href="https://kubernetes.io/docs/concepts/storage/projected-volumes/">Projected volumes</a>
 */
public record ProjectedVolume(String volumeName, List<ProjectedVolume.Source> sources, FileMode defaultMode) implements VolumeSource {

  /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
  public ProjectedVolume {
    Names.requireDns1123Label("volume name", volumeName);
    sources = List.copyOf(sources);
  }

  /** No sources yet. */
  public static ProjectedVolume named(String volumeName) {
    return new ProjectedVolume(volumeName, List.of(), null);
  }

  /**
   * Returns a copy that also projects the keys of a ConfigMap or Secret ({@code sources[].configMap},
   * {@code sources[].secret}), with its items and {@code optional}; a key volume's own default mode does
   * not apply here (set the projected volume's).
   */
  public ProjectedVolume keys(KeyVolume keys) {
    requireNonNull(keys, "keys");
    if (keys.defaultMode() != null) {
      throw new IllegalArgumentException("a projected " + keys.kind() + " has no defaultMode of its own; set"
          + " ProjectedVolume.defaultMode(..)");
    }
    return plus(keys);
  }

  /** Returns a copy that also projects the files of a downward API volume ({@code sources[].downwardAPI}); its name and mode are not used. */
  public ProjectedVolume downwardApi(DownwardApiVolume files) {
    return plus(requireNonNull(files, "files"));
  }

  /**
   * Returns a copy that also projects a token of the pod's service account for {@code audience}, renewed
   * by the kubelet, as the file {@code path} ({@code sources[].serviceAccountToken}); {@code expiration} at
   * least 10 minutes.
   */
  public ProjectedVolume serviceAccountToken(String path, String audience, Duration expiration) {
    return plus(new Token(path, audience, expiration));
  }

  /** Returns a copy with the files' {@code defaultMode}. Defaults to Kubernetes' {@code 0644}. */
  public ProjectedVolume defaultMode(FileMode mode) {
    return new ProjectedVolume(volumeName, sources, requireNonNull(mode, "mode"));
  }

  void describe(Volume volume) {
    var list = new ArrayList<VolumeProjection>(sources.size());
    for (Source source : sources) {
      var projection = new VolumeProjection();
      if (source instanceof KeyVolume keys && keys.object() instanceof SecretRef) {
        projection.setSecret(new SecretProjection(keys.keyToPaths(), keys.name(), keys.missingAllowed() ? Boolean.TRUE : null));
      } else if (source instanceof KeyVolume keys) {
        projection.setConfigMap(new ConfigMapProjection(keys.keyToPaths(), keys.name(),
            keys.missingAllowed() ? Boolean.TRUE : null));
      } else if (source instanceof DownwardApiVolume files) {
        projection.setDownwardAPI(new DownwardAPIProjection(files.items()));
      } else {
        var token = (Token) source;
        var projected = new ServiceAccountTokenProjection();
        projected.setPath(token.path());
        projected.setAudience(token.audience());
        projected.setExpirationSeconds(token.expiration().getSeconds());
        projection.setServiceAccountToken(projected);
      }
      list.add(projection);
    }
    var projected = new ProjectedVolumeSource();
    projected.setSources(list);
    projected.setDefaultMode(defaultMode == null ? null : defaultMode.bits());
    volume.setProjected(projected);
  }

  private ProjectedVolume plus(Source source) {
    var all = new ArrayList<>(sources);
    all.add(source);
    return new ProjectedVolume(volumeName, all, defaultMode);
  }

  /** A source of a projected volume: a {@link KeyVolume}, a {@link DownwardApiVolume} or a {@link Token}. */
  public sealed interface Source permits KeyVolume, DownwardApiVolume, Token {}

  /**
   * A service account token projected as a file.
   *
   * @param path the file, relative without {@code ..}
   * @param audience {@code audience}: who accepts the token, such as {@code vault}
   * @param expiration {@code expirationSeconds}, whole seconds, at least 10 minutes
   */
  public record Token(String path, String audience, Duration expiration) implements Source {

    /** Checks the values; a value that breaks a rule throws {@link IllegalArgumentException} naming it. */
    public Token {
      KeyVolume.relativePath(path);
      Names.requireText("audience", audience);
      requireNonNull(expiration, "expiration");
      if (audience.isBlank()) {
        throw new IllegalArgumentException("a token's audience is not blank");
      }
      if (expiration.getNano() != 0 || expiration.compareTo(Duration.ofMinutes(10)) < 0) {
        throw new IllegalArgumentException("a token's expiration is whole seconds, at least 10 minutes, was "
            + expiration);
      }
    }
  }
}
