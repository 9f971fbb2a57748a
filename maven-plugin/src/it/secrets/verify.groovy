// generate wrote the Secret with both values to target/kubeforge-secrets; generated/ names the sources only.
def envValue = 'env-value-8c1f2e'
def settingsValue = 'settings-value-5d9a07'
def encode = { String s -> s.bytes.encodeBase64().toString() }

def secrets = new File(basedir, 'target/kubeforge-secrets')
def secretFiles = []
secrets.eachFileRecurse(groovy.io.FileType.FILES) { secretFiles << it }
def secretText = secretFiles.collect { it.text }.join('\n')
assert secretText.contains(encode(envValue)) : "the env value is in the secrets output: ${secretFiles}"
assert secretText.contains(encode(settingsValue)) : "the settings.xml value is in the secrets output"

def reviewed = new File(basedir, 'generated')
def reviewedText = []
reviewed.eachFileRecurse(groovy.io.FileType.FILES) { reviewedText << it.text }
reviewedText = reviewedText.join('\n')
[envValue, settingsValue, encode(envValue), encode(settingsValue)].each {
  assert !reviewedText.contains(it) : "generated/ must hold no secret value, found ${it}"
}
def list = new File(reviewed, 'vault/kubernetes/secrets.md').text
assert list.contains('KUBE_IT_DB_PASSWORD')
assert list.contains('kube-it-registry')

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] kube: generated/ is up to date')
assert log.contains('BUILD SUCCESS')
true
