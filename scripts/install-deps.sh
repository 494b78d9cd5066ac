#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and package Ditio Certificates.
# Idempotent: installs only what is missing, and touches apt only when something is.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config dpkg-dev file
    # Qt 6.4 and the libraries the app links
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-httpserver-dev qt6-websockets-dev libquazip1-qt6-dev qtkeychain-qt6-dev libgl-dev
    # headless GUI tests and screenshots
    xvfb xauth imagemagick fonts-dejavu-core
    # runtime: the SVG icon engine, so the app and window icons show
    libqt6svg6
    # runtime: Qt's SQLite driver (a plugin, so no shared-library scan finds it) for the local store
    libqt6sql6-sqlite
    # fuzzers
    clang libclang-rt-14-dev
)

missing=()
for pkg in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

if [[ "$(id -u)" -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: missing packages (${missing[*]}) and not root; no sudo to install them" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$log" 2>&1 \
    || ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
    cat "$log" >&2
    echo "install-deps: apt-get failed" >&2
    exit 1
fi
