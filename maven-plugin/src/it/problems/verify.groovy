// kube:diff listed both problems and went on; kube:generate listed them again and failed; nothing was written.
def problems = [
    '[ERROR] kube: 2 errors in cluster broken (nothing was written)',
    "[ERROR]   cluster broken › namespace web › configmap Site_Config: ConfigMap name is not a DNS-1123 subdomain: 'Site_Config' (lowercase letters, digits, '-' and '.', at most 253) [invalid-name]",
    "[ERROR]   cluster broken › namespace web › service orphan: Service 'orphan' selects {app=gone}, which matches no pod template in namespace web [service-selects-nothing]",
    '[ERROR]     hint: select the labels of a workload in the same namespace']
evaluate(new File(logLines))(basedir, [
    "[INFO] --- kube-maven-plugin:${projectVersion}:diff (default-cli) @ problems ---", *problems,
    "[INFO] --- kube-maven-plugin:${projectVersion}:generate (default-cli) @ problems ---", *problems,
    '[INFO] BUILD FAILURE',
    "[ERROR] Failed to execute goal dev.kubeforge:kube-maven-plugin:${projectVersion}:generate (default-cli) on project problems: "
        + "kube: 2 errors in cluster broken (nothing was written). Fix the problems listed above, then run 'mvn kube:generate' again. -> [Help 1]"])

assert !new File(basedir, 'build.log').text.contains('discovery must skip it')
assert !new File(basedir, 'generated').exists()
true
