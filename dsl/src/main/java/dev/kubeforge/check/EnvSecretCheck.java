package dev.kubeforge.check;

import dev.kubeforge.cluster.Cluster;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Warnings for a container's environment. An environment variable whose name says it holds a secret
 * (password, token, key, credential) and whose value is written in the manifest ({@code env-secret-value}):
 * it then lands in the reviewed tree, in {@code kubectl describe} and in every copy of the manifest.
 * Variables that name a file, path or directory ({@code *_FILE}, {@code *_PATH}, {@code *_DIR}) and
 * values that only reference another variable ({@code $(NAME)}) are not checked. A variable set more than
 * once ({@code duplicate-env-var}): only one value takes effect, and server-side apply rejects the list;
 * {@code env(..)} replaces a variable of the same name, so the duplicate comes from {@code customize(..)}
 * or an object added as is (kube-linter's {@code duplicate-env-var}, kube-score's
 * {@code environment-variable-key-duplication}).
 */
final class EnvSecretCheck implements Check {

  static final String ID = "env-secret-value";
  static final String DUPLICATE = "duplicate-env-var";

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
        var counts = new LinkedHashMap<String, Integer>();
        for (EnvVar env : at.container().getEnv()) {
          counts.merge(String.valueOf(env.getName()), 1, Integer::sum);
        }
        counts.forEach((name, count) -> {
          if (count > 1) {
            problems.add(Problem.warning(DUPLICATE, at.path().field("env " + name), "container "
                    + at.container().getName() + " sets env " + name + " " + count + " times: only one value takes"
                    + " effect, and server-side apply rejects the list")
                .hint("keep one; env(..) replaces a variable of the same name, so look at customize(..) and"
                    + " added objects, or allow(\"" + DUPLICATE + "\", reason)"));
          }
        });
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
