# Sourced by .ci/run (and its unit test, tests/unit/ci/run.test.ts). package.json declares
# "engines": { "node": ">=22.12" }; keep these two numbers in step with it (the test checks).
REQUIRED_NODE_MAJOR=22
REQUIRED_NODE_MINOR=12

# node_version_ok [version]: succeeds when the version ("v22.12.0" or "22.12.0"; by default the output
# of `node --version`) is at least REQUIRED_NODE_MAJOR.REQUIRED_NODE_MINOR. Major and minor both count:
# 22.11 is too old. Fails when there is no node or the version cannot be read.
node_version_ok() {
  local version
  if [ $# -eq 0 ]; then
    version="$(node --version 2>/dev/null)" || return 1
  else
    version="$1"
  fi
  [[ $version =~ ^v?([0-9]+)\.([0-9]+)(\.|$) ]] || return 1
  local major=$((10#${BASH_REMATCH[1]})) minor=$((10#${BASH_REMATCH[2]}))
  ((major > REQUIRED_NODE_MAJOR || (major == REQUIRED_NODE_MAJOR && minor >= REQUIRED_NODE_MINOR)))
}
