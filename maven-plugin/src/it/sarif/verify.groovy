// Both goals failed on the definition's errors and wrote nothing, but each wrote the SARIF log: valid
// against the SARIF 2.1.0 schema, its error result at the line of Failing.java that declared the app.
import com.networknt.schema.SchemaRegistry
import com.networknt.schema.SpecificationVersion
import tools.jackson.databind.json.JsonMapper

evaluate(new File(logLines))(basedir, [
    "[INFO] --- kube-maven-plugin:${projectVersion}:check (default-cli) @ sarif ---",
    '[ERROR]   cluster failing › namespace web › app site › container site: no image set [missing-image]',
    "[INFO] --- kube-maven-plugin:${projectVersion}:generate (default-cli) @ sarif ---",
    '[ERROR]   cluster failing › namespace web › app site › container site: no image set [missing-image]'])
assert !new File(basedir, 'generated').exists()

def source = 'src/main/java/com/example/Failing.java'
def lines = new File(basedir, source).readLines()
int appLine = lines.findIndexOf { it.contains('web.app("site")') } + 1
int shellLine = lines.findIndexOf { it.contains('web.app("shell")') } + 1
assert appLine > 0 && shellLine > 0

def schema = new File(sarifSchema).withInputStream {
  SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(it)
}
def json = JsonMapper.builder().build()
['target/reports/check.sarif', 'target/kubeforge.sarif'].each { path ->
  def file = new File(basedir, path)
  assert file.isFile() : "no SARIF log at $path"
  def log = json.readTree(file.text)
  def errors = schema.validate(log)
  assert errors.isEmpty() : "$path is not valid SARIF 2.1.0: $errors"
  def results = log.get('runs').get(0).get('results')
  def byRule = results.collectEntries { [(it.get('ruleId').asString()): it] }
  assert byRule.keySet().containsAll(['missing-image', 'image-tag-latest']) : byRule.keySet()
  [['missing-image', 'error', appLine], ['image-tag-latest', 'warning', shellLine]].each { rule, level, line ->
    def result = byRule[rule]
    assert result.get('level').asString() == level
    def physical = result.get('locations').get(0).get('physicalLocation')
    assert physical.get('artifactLocation').get('uri').asString() == source
    assert physical.get('artifactLocation').get('uriBaseId').asString() == '%SRCROOT%'
    assert physical.get('region').get('startLine').asInt() == line : "$rule at line ${physical.get('region')}"
  }
  def rules = log.get('runs').get(0).get('tool').get('driver').get('rules').collect { it.get('id').asString() }
  assert rules.contains('missing-image') && rules.contains('image-tag-latest')
}
true
