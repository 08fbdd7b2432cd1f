#!/usr/bin/env bash
# Installs everything Hydrant needs to build, test and package, from the distribution's
# own packages. Idempotent: packages already present are left alone.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

. /etc/os-release
packages=(
    build-essential cmake ninja-build pkg-config git file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libsimdjson-dev zlib1g-dev libisal-dev isal
    libgtest-dev libgmock-dev
    libnats-dev nats-server
    libgl-dev libxkbcommon-dev
    qt6-qpa-plugins qt6-image-formats-plugins
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
    ccache curl openssl desktop-file-utils appstream
    locales
)
# Qt Charts needs the Qt OpenGL module; Debian 12 ships it in a package of its own.
if apt-cache show libqt6opengl6-dev >/dev/null 2>&1; then
    packages+=(libqt6opengl6-dev)
fi
# KF6Archive needs Qt >= 6.5: available from Debian 13 on.
if apt-cache show libkf6archive-dev >/dev/null 2>&1; then
    packages+=(libkf6archive-dev)
fi
# The CI also builds in a Debian 13 chroot and runs the sanitizer and fuzzing jobs.
if [ "${HYDRANT_CI_TOOLS:-0}" = 1 ]; then
    packages+=(debootstrap clang libclang-rt-dev llvm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "All build dependencies are installed."
fi

# The language tests start Hydrant with LANG=de_DE.UTF-8, so the C library must know that locale
# (Qt 6.8 replaces an unknown one with C.UTF-8, and the window would come up in English).
if ! locale -a 2>/dev/null | grep -qiE '^de_DE\.utf-?8$'; then
    echo "Generating the de_DE.UTF-8 locale for the language tests"
    $SUDO localedef -i de_DE -f UTF-8 de_DE.UTF-8
fi
