// Build 1 imported, compiled, generated and checked (the invoker fails the fixture unless it succeeded);
// build 2 imported again and was refused, leaving the class as build 1 wrote it.
def java = new File(basedir, 'src/main/java/com/example/Shop.java')
assert java.isFile()
assert java.text.contains('public final class Shop implements ClusterDefinition')
assert new File(basedir, 'src/main/resources/com/example/web/site-config/default.conf').text.contains('listen 80;')
assert new File(basedir, 'generated/shop/kubernetes/web/deployment-site.yaml').text.contains('image: nginx:1.27.3')
assert new File(basedir, 'generated/shop/kubernetes/web/configmap-site-config.yaml').text.contains('listen 80;')
def lines = evaluate(new File(logLines))(basedir, [
    ~/\[INFO\] kube: 4 objects read, .*/,
    ~/\[ERROR\] kube: refusing to overwrite .*Shop\.java, .*default\.conf \(nothing was written; pass -Dkube\.overwrite=true to replace\)/,
    '[INFO] BUILD FAILURE'])
assert lines.size() == 3
