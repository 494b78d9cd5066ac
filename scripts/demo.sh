#!/usr/bin/env bash
# First command of the README: installs what is missing, builds the release preset and shows
# the app on the sample file. Without a display it runs the command-line validator instead,
# then uploads the sample to the sandbox (a stand-in Ditio started inside the command on
# loopback, no account needed) and prints every row's result.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

scripts/install-deps.sh
cmake --preset release
cmake --build --preset release --target ditio-certs ditio-certs-cli

sample="resources/sample/certificates-sample.csv"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec build/release/app/ditio-certs "$sample"
fi

echo
echo "No display (neither DISPLAY nor WAYLAND_DISPLAY is set): running the command-line validator and an upload to the built-in sandbox on $sample instead of the window."

cli=build/release/app/ditio-certs-cli

explain() {
    case "$1" in
        0) echo "exit 0: every row is valid" ;;
        1) echo "exit 1: some rows have errors, as the sample intends" ;;
        *) echo "exit $1: the validator failed" >&2
           exit "$1" ;;
    esac
}

for format in text json; do
    echo
    args=(validate "$sample")
    if [[ "$format" == json ]]; then
        args+=(--format json)
    fi
    echo "\$ $cli ${args[*]}"
    rc=0
    "$cli" "${args[@]}" || rc=$?
    explain "$rc"
done

# A real upload, to the sandbox inside the command: the valid rows are uploaded, the invalid
# ones (the sample has some on purpose) are listed with why. Exit 1 is the expected result.
echo
args=(upload "$sample" --env sandbox)
echo "\$ $cli ${args[*]}"
rc=0
"$cli" "${args[@]}" || rc=$?
case "$rc" in
    0) echo "exit 0: every row was uploaded to the sandbox" ;;
    1) echo "exit 1: the valid rows were uploaded to the sandbox; the rows listed were not, as the sample intends" ;;
    *) echo "exit $rc: the upload failed" >&2
       exit "$rc" ;;
esac
