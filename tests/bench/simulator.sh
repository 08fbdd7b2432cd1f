# Sourced by the benchmarks that stream from the simulator. Needs $cli (hydrant-cli) and $work
# (a scratch folder).
#   start_simulator RATE SIZE  starts `hydrant-cli sim` in the background (RATE messages/s, or
#                              max; messages of about SIZE bytes) and sets sim_pid, stream_url,
#                              user and password from the first line it prints
#   stop_simulator             stops it (call it from the script's exit trap too)
sim_pid=
start_simulator() {
    "$cli" sim --rate "$1" --heartbeat 10 --message-size "$2" --json \
        >"$work/sim.out" 2>"$work/sim.err" &
    sim_pid=$!
    for _ in $(seq 100); do
        [ -s "$work/sim.out" ] && break
        sleep 0.1
    done
    local info
    info=$(head -n 1 "$work/sim.out")
    sim_field() { printf '%s' "$info" | sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p"; }
    stream_url=$(sim_field stream_url)
    user=$(sim_field user)
    password=$(sim_field password)
    if [ -z "$stream_url" ] || [ -z "$password" ]; then
        echo "$(basename "$0"): the simulator did not start:" >&2
        cat "$work/sim.err" >&2
        exit 1
    fi
}
stop_simulator() {
    if [ -n "$sim_pid" ]; then
        kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null || true
    fi
    sim_pid=
}
