// The build ran every step and failed only at the last one, the command-line kube:check.
def shop = new File(basedir, 'generated/shop')
def owned = []
shop.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name != 'NOTES.md') owned << it }
assert owned.size() >= 4 : "the site's Namespace, Deployment, Service and kustomization, found ${owned}"
def n = owned.size() + 1 // and generated/.kubeforge-index, the index of the files the generator owns

def goal = { String goal, String execution ->
  ["[INFO] --- kube-maven-plugin:${projectVersion}:${goal} (${execution}) @ lifecycle ---",
   '[WARNING] kube: 1 warning in cluster shop',
   "[WARNING]   cluster shop › namespace web › app site › container site: image 'nginx' has no pinned tag, so each pull may run different code [image-tag-latest]",
   '[WARNING]     hint: pin a version tag or a digest, such as nginx:1.27.3']
}
def outOfDate = 'kube: generated/ is out of date (1 changed).'
def lines = evaluate(new File(logLines))(basedir, [
    *goal('generate', 'before'),
    ~/\[INFO\] kube: wrote (\d+) files, deleted 0, 0 unchanged in generated\//,
    *goal('generate', 'after'),
    ~/\[INFO\] kube: wrote (\d+) files?, deleted (\d+), (\d+) unchanged in generated\//,
    *goal('generate', 'again'),
    "[INFO] kube: wrote 0 files, deleted 0, ${n} unchanged in generated/",
    *goal('check', 'fresh'),
    "[INFO] kube: generated/ is up to date (${n} files, the index of owned files included)",
    *goal('diff', 'default-cli'),
    "[INFO] ${outOfDate}",
    ~/\[INFO\] \+\+\+ .*shop\/kubernetes\/web\/service-site\.yaml/,
    '[INFO] -# edited by hand',
    "[INFO] ${outOfDate} Run 'mvn kube:generate' to update generated/.",
    *goal('check', 'default-cli'),
    "[ERROR] ${outOfDate}",
    ~/\[ERROR\] \+\+\+ .*shop\/kubernetes\/web\/service-site\.yaml/,
    '[ERROR] -# edited by hand',
    '[INFO] BUILD FAILURE',
    "[ERROR] Failed to execute goal dev.kubeforge:kube-maven-plugin:${projectVersion}:check (default-cli) on project lifecycle: "
        + "${outOfDate} Run 'mvn kube:generate' to update generated/. -> [Help 1]"])

// "after" dropped the legacy app: every file "before" wrote for it is gone, the hand-written note stays.
def (before, after) = [lines[4], lines[9]] // the two "kube: wrote" lines with groups
assert (after.group(1) as int) + (after.group(3) as int) == n
assert (after.group(2) as int) == (before.group(1) as int) - n
assert !new File(shop, 'kubernetes/legacy/deployment-old.yaml').exists()
assert !new File(shop, 'kubernetes/legacy/service-old.yaml').exists()
assert !new File(shop, 'kubernetes/_cluster/namespace-legacy.yaml').exists()
assert new File(shop, 'kubernetes/legacy/NOTES.md').text == 'Written by hand beside generated files: no kube goal may touch it.\n'

// "again" rewrote nothing: each file keeps the time "backdate" gave it, but for the one "edit" changed.
def edited = new File(shop, 'kubernetes/web/service-site.yaml')
owned.each { file ->
  if (file == edited) {
    assert file.lastModified() > 978307200000L
  } else {
    assert file.lastModified() == 978307200000L : "${file} was rewritten"
  }
}
assert edited.text.endsWith('# edited by hand\n')
true
