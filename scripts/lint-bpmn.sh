#!/usr/bin/env bash
# Lints processes/*.bpmn with Camunda's rules for Platform 7.24, as Camunda Modeler would.
# Installs bpmnlint into a cache folder on first use (npm registry).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tools=${XDG_CACHE_HOME:-$HOME/.cache}/anju-bpmnlint
if [ ! -x "$tools/node_modules/.bin/bpmnlint" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --no-audit --no-fund --silent bpmnlint@11.15.0 bpmnlint-plugin-camunda-compat@2.61.0)
fi
cd "$top"
NODE_PATH="$tools/node_modules" "$tools/node_modules/.bin/bpmnlint" processes/*.bpmn
echo "bpmnlint: processes/*.bpmn pass (bpmnlint:recommended, camunda-platform-7-24)"
