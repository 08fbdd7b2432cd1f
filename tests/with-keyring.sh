#!/usr/bin/env bash
# Inside a private D-Bus session: starts gnome-keyring unlocked with a throwaway password,
# so the tests use the real Secret Service, then runs the given command.
set -euo pipefail
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
keyring_home=$(mktemp -d)
export XDG_DATA_HOME=$keyring_home
eval "$(printf 'hydrant-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
"$@"
status=$?
rm -rf "$keyring_home"
exit $status
