#!/usr/bin/env bash
# Builds and tests Hydrant inside a Debian 13 (trixie) chroot: Qt 6.8 and KF6Archive.
# The chroot lives outside the clone and is reused between runs; it is created when missing.
#   .ci/debian13.sh prepare       create or update the chroot only
#   .ci/debian13.sh test          build with HYDRANT_WITH_KARCHIVE=ON and run the test suite
#   .ci/debian13.sh package       build the .deb (and .tar.gz) with cpack from the test build
#   .ci/debian13.sh install-test  install that .deb with apt into a pristine Debian 13 root,
#                                 run it from the installed location, then remove it
#   .ci/debian13.sh run CMD...    run a command inside the chroot with the source at /src
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cache=${HYDRANT_CI_CACHE:-/var/cache/hydrant-ci}
root=$cache/debian13
mirror=${HYDRANT_DEBIAN_MIRROR:-http://deb.debian.org/debian}

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        $SUDO umount -l "${mounted[$i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT

mount_into() { # mount_into SOURCE TARGET [options]
    local src=$1 dst=$root$2
    shift 2
    $SUDO mkdir -p "$dst"
    if ! mountpoint -q "$dst"; then
        $SUDO mount "$@" "$src" "$dst"
        mounted+=("$dst")
    fi
}

prepare() {
    if [ ! -x "$root/usr/bin/apt-get" ] || [ ! -f "$root/.hydrant-ready" ]; then
        echo "Creating the Debian 13 chroot in $root (about a minute)..."
        $SUDO rm -rf "$root"
        $SUDO mkdir -p "$root"
        $SUDO debootstrap --variant=minbase --include=ca-certificates,apt-utils \
            trixie "$root" "$mirror"
        echo "deb $mirror trixie main" | $SUDO tee "$root/etc/apt/sources.list" >/dev/null
        # The install test starts from this pristine root (no build dependencies yet).
        $SUDO tar -C "$root" -cf "$cache/debian13-base.tar" .
        $SUDO touch "$root/.hydrant-ready"
    fi
    enter_mounts
    # The same dependency script as on the host; it adds KF6Archive where the distribution has it.
    $SUDO cp "$here/installer/install-deps.sh" "$root/tmp/install-deps.sh"
    $SUDO chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        bash /tmp/install-deps.sh
}

enter_mounts() {
    mount_into proc /proc -t proc
    mount_into sysfs /sys -t sysfs
    mount_into /dev /dev --bind
    mount_into devpts /dev/pts -t devpts
    mount_into tmpfs /dev/shm -t tmpfs
    mount_into "$here" /src --bind
    $SUDO cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
}

run_inside() {
    $SUDO chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 TERM=dumb "$@"
}

# A pristine minimal Debian 13 (no build dependencies), kept as a tarball and unpacked afresh
# for every install test, so apt has to resolve the package's runtime dependencies itself.
install_test() {
    local base=$cache/debian13-base.tar
    if [ ! -f "$base" ]; then
        local fresh=$cache/debian13-base
        $SUDO rm -rf "$fresh"
        $SUDO debootstrap --variant=minbase trixie "$fresh" "$mirror"
        echo "deb $mirror trixie main" | $SUDO tee "$fresh/etc/apt/sources.list" >/dev/null
        $SUDO tar -C "$fresh" -cf "$base" .
        $SUDO rm -rf "$fresh"
    fi
    local deb
    deb=$(ls "$root"/build/debian13/hydrant_*.deb 2>/dev/null | head -n 1)
    [ -n "$deb" ] || { echo "no .deb found: run '$0 package' first" >&2; exit 1; }

    local target
    target=$(mktemp -d "$cache/install-test.XXXXXX")
    $SUDO tar -C "$target" -xf "$base"
    $SUDO cp /etc/resolv.conf "$target/etc/resolv.conf" 2>/dev/null || true
    $SUDO cp "$deb" "$target/tmp/hydrant.deb"
    $SUDO mount -t proc proc "$target/proc"
    local status=0
    $SUDO chroot "$target" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive bash -euxc '
        apt-get update -qq
        # The recommended fonts (emoji, CJK: a few hundred MB) are not needed to run the checks.
        apt-get install -y -qq --no-install-recommends /tmp/hydrant.deb >/dev/null
        QT_QPA_PLATFORM=offscreen hydrant --version
        hydrant-cli --version
        hydrant-cli inspect /usr/share/hydrant/samples/sample.jsonl.gz --count --json
        test -f /usr/share/applications/io.github.hydrantapp.Hydrant.desktop
        apt-get remove --purge -y -qq hydrant >/dev/null
        test ! -e /usr/bin/hydrant
        test ! -e /usr/bin/hydrant-cli
        test ! -e /usr/share/hydrant
        echo "install test passed"
    ' || status=$?
    $SUDO umount -l "$target/proc" || true
    $SUDO rm -rf "$target"
    return $status
}

case "${1:-test}" in
prepare)
    prepare
    ;;
test)
    prepare
    # Always from scratch: a build folder left by an earlier run of another commit is not
    # trusted (one such incremental build linked without the moc output of hydrant-core).
    run_inside bash -c 'rm -rf /build/debian13 && cd /src && HYDRANT_BUILD_DIR=/build/debian13 HYDRANT_WITH_KARCHIVE=ON \
        HYDRANT_WITH_ISAL=ON HYDRANT_EXPECT_KARCHIVE=1 bash tests/run.sh'
    ;;
package)
    enter_mounts
    run_inside bash -c 'cd /build/debian13 && cpack -G "DEB;TGZ" >/dev/null && ls -la hydrant_*.deb hydrant-*.tar.gz'
    ;;
install-test)
    install_test
    ;;
run)
    shift
    enter_mounts
    run_inside "$@"
    ;;
*)
    echo "usage: $0 prepare|test|package|install-test|run CMD..." >&2
    exit 2
    ;;
esac
