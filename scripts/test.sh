#!/usr/bin/env bash
# Second command of the README: builds a preset and runs its tests.
#   scripts/test.sh [dev|release|asan] [--bench]
# --bench also builds the release preset, where the benchmarks are built with optimisation.
set -euo pipefail

usage() {
    echo "usage: $0 [dev|release|asan] [--bench]" >&2
    exit 2
}

preset=dev
bench=0
preset_given=0
for arg in "$@"; do
    case "$arg" in
        --bench) bench=1 ;;
        -h|--help) usage ;;
        -*) usage ;;
        *)
            ((preset_given == 0)) || usage
            preset="$arg"
            preset_given=1
            ;;
    esac
done

case "$preset" in
    dev|release|asan) ;;
    *) echo "unknown preset: $preset" >&2
       usage ;;
esac

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

scripts/install-deps.sh

cmake --preset "$preset"
cmake --build --preset "$preset" -j2
ctest --preset "$preset" --output-on-failure -j2

if ((bench)) && [[ "$preset" != release ]]; then
    cmake --preset release
    cmake --build --preset release -j2
fi
