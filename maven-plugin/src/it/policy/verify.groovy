// -Dkube.policy=strict made the one policy warning an error: generate listed it and failed; nothing was written.
evaluate(new File(logLines))(basedir, [
    "[INFO] --- kube-maven-plugin:${projectVersion}:generate (default-cli) @ policy ---",
    '[ERROR] kube: 1 error in cluster strict (nothing was written)',
    "[ERROR]   cluster strict › namespace web › app site › container site: container site can write to its root file system: an intruder can change its binaries and fill the node's disk [no-readonly-root-fs]",
    '[ERROR]     hint: .securityContext(SecurityContext.restricted(1000).readOnlyRoot()) and mount an EmptyDir where it writes, or allow("no-readonly-root-fs", reason)',
    '[INFO] BUILD FAILURE'])
assert !new File(basedir, 'generated').exists()
true
