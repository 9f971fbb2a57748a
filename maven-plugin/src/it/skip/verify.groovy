// Every goal said it skipped, the build succeeded, and nothing was written.
def skipped = '[INFO] kube: skipped (kube.skip is true)'
evaluate(new File(logLines))(basedir, [
    "[INFO] --- kube-maven-plugin:${projectVersion}:generate (default) @ skip ---", skipped,
    "[INFO] --- kube-maven-plugin:${projectVersion}:check (default-cli) @ skip ---", skipped,
    "[INFO] --- kube-maven-plugin:${projectVersion}:diff (default-cli) @ skip ---", skipped,
    '[INFO] BUILD SUCCESS'])
assert !new File(basedir, 'generated').exists()
true
