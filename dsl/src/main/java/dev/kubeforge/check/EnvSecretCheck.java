package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A warning for an environment variable whose name says it holds a secret (password, token, key,
 * credential) and whose value is written in the manifest: it then lands in the reviewed tree, in
 * {@code kubectl describe} and in every copy of the manifest. Variables that name a file, path or
 * directory ({@code *_FILE}, {@code *_PATH}, {@code *_DIR}) and values that only reference another
 * variable ({@code $(NAME)}) are not checked.
 */
final class EnvSecretCheck implements Check {

  static final String ID = "env-secret-value";

  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL).*");
  private static final Pattern REFERENCE_NAME = Pattern.compile(".*_(FILE|PATH|DIR)");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Problem> run(Cluster cluster) {
    var problems = new ArrayList<Problem>();
    for (Workloads.PodObject pod : Workloads.podObjects(cluster)) {
      for (Workloads.PodContainer at : pod.containers()) {
        if (at.container().getEnv() == null) {
          continue;
        }
        for (EnvVar env : at.container().getEnv()) {
          var name = env.getName() == null ? "" : env.getName().toUpperCase(Locale.ROOT).replace('-', '_');
          var value = env.getValue();
          if (value == null || value.isBlank() || value.strip().matches("\\$\\([A-Za-z_][A-Za-z0-9_]*\\)")
              || !SECRET_NAME.matcher(name).matches() || REFERENCE_NAME.matcher(name).matches()) {
            continue;
          }
          problems.add(Problem.warning(ID, at.path().field("env " + env.getName()), "env " + env.getName()
                  + " looks like a secret and its value is written in the manifest, so it lands in the reviewed tree")
              .hint(".env(\"" + env.getName() + "\", secret.key(\"..\")) on a Secret whose entry is a SecretValue,"
                  + " or allow(\"" + ID + "\", reason)"));
        }
      }
    }
    return problems;
  }
}
