#!/usr/bin/env bash
# Rebuilds local/workflow/vendor/aws-local-stepfunctions-3.0.0-node20.tgz, the local workflow runner's
# state-machine interpreter, from the registry's aws-local-stepfunctions@3.0.0 (MIT, Luis De Anda).
#
# Why: 3.0.0 is the only release the registry holds, and it declares Node >= 22 for one call,
# `Promise.withResolvers()` in its Task state's timeout. `npm install` runs on the machine's Node (20 on
# ours), so that declaration alone made every clean install warn EBADENGINE. The repack changes nothing
# else:
#   1. that one call becomes the equivalent `new Promise` (so the code runs on Node 20 as well as 22);
#   2. `engines.node` becomes ">=20.19" (the project's floor);
#   3. the 1.4 MB browser bundle and the CLI are left out (the runner imports the Node ESM build only).
# The version gets a build tag (3.0.0+node20) so nobody mistakes it for the registry's tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
out=local/workflow/vendor/aws-local-stepfunctions-3.0.0-node20.tgz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent aws-local-stepfunctions@3.0.0 >/dev/null && tar xzf aws-local-stepfunctions-3.0.0.tgz)
pkg="$work/package"
rm -rf "$pkg/bin" "$pkg/build/main.browser.esm.js"

old='const { promise: timeoutPromise, reject: rejectTimeout } = Promise.withResolvers();'
new='let rejectTimeout; const timeoutPromise = new Promise((_resolve, reject) => { rejectTimeout = reject; });'
for f in "$pkg/build/main.node.esm.js" "$pkg/build/main.node.cjs"; do
  [ "$(grep -cF "$old" "$f")" = 1 ] || { echo "unexpected content in $f: the patch no longer applies" >&2; exit 1; }
  OLD="$old" NEW="$new" node -e '
    const fs = require("node:fs");
    const file = process.argv[1];
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(process.env.OLD, process.env.NEW));
  ' "$f"
  if grep -q 'withResolvers' "$f"; then echo "withResolvers still used in $f" >&2; exit 1; fi
done

node -e '
  const fs = require("node:fs");
  const file = process.argv[1];
  const p = JSON.parse(fs.readFileSync(file, "utf8"));
  p.version = "3.0.0+node20";
  p.engines = { node: ">=20.19" };
  delete p.bin;
  delete p.browser;
  delete p.scripts;
  delete p.devDependencies;
  p.files = ["build"];
  p.exports = {
    types: "./build/main.d.ts",
    import: "./build/main.node.esm.js",
    require: "./build/main.node.cjs",
    default: "./build/main.node.esm.js",
  };
  fs.writeFileSync(file, JSON.stringify(p, null, 2) + "\n");
' "$pkg/package.json"

# A stable tarball: fixed owner and times, sorted entries, no gzip timestamp.
tar --sort=name --mtime='2026-01-01 00:00Z' --owner=0 --group=0 --numeric-owner -C "$work" -cf - package |
  gzip -n -9 >"$out"
echo "wrote $out ($(wc -c <"$out") bytes)"
