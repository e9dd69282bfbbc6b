#!/usr/bin/env bash
# Executes one notebook with REAL Jupyter (nbconvert + nbclient from Debian) and the tslab kernel,
# registered under the repository's local prefix .jupyter/ (nothing installed system-wide).
#
#   scripts/jupyter-smoke.sh [notebook.ipynb] [output-dir]
#
# Default notebook: the fixture packages/cli/src/reproduce/__fixtures__/figure.ipynb. The notebook
# runs in a throw-away copy of the repository layout (notebooks/, with node_modules, datasets and the
# root package.json, whose "scpkit" block names the default dataset, linked), so figure files it
# writes do not touch docs/figures/. The executed notebook is written to output-dir (default: a
# temporary directory, removed afterwards), with the figure files it wrote in output-dir/figures/. Needs "npm run build" first
# (cells import the built packages) and, once per machine:
#   apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-notebook python3-ipykernel jupyter-client
# Exit status: nbconvert's (non-zero when a cell fails), 2 when Jupyter is missing.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
notebook=$(realpath "${1:-$root/packages/cli/src/reproduce/__fixtures__/figure.ipynb}")
name=$(basename "$notebook")
prefix="$root/.jupyter"

if ! command -v jupyter >/dev/null 2>&1 || ! jupyter nbconvert --version >/dev/null 2>&1; then
  echo "jupyter-smoke: Jupyter nbconvert not found. Install it with:" >&2
  echo "  apt-get install -y --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-notebook python3-ipykernel jupyter-client" >&2
  exit 2
fi

# Register the tslab kernel (kernel name "tslab") under .jupyter/, using the Debian Python.
"$root/node_modules/.bin/tslab" install --python=/usr/bin/python3 --prefix="$prefix" --binary="$root/node_modules/.bin/tslab" >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/notebooks"
ln -s "$root/node_modules" "$work/node_modules"
if [ -d "$root/datasets" ]; then ln -s "$root/datasets" "$work/datasets"; fi
ln -s "$root/package.json" "$work/package.json"
cp "$notebook" "$work/notebooks/$name"

out=${2:-$work/out}
mkdir -p "$out"
out=$(realpath "$out")

cd "$work"
JUPYTER_PATH="$prefix/share/jupyter" jupyter nbconvert --to notebook --execute \
  --ExecutePreprocessor.kernel_name=tslab --ExecutePreprocessor.timeout=600 \
  --output-dir "$out" "notebooks/$name"
if [ -d "$work/docs/figures" ]; then cp -r "$work/docs/figures" "$out/figures"; fi
echo "jupyter-smoke: $name executed with Jupyter (tslab kernel); output $out/$name"
