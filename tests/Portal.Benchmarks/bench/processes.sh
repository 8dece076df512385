# The processes the benchmark starts (the app, nginx) and their clean end, sourced by ../run.
# Each is stopped by its own PID: other copies of the app may be running on this machine.

app_pid='' nginx_pid=''

started_ms=${EPOCHREALTIME//[!0-9]/}
started_ms=$((started_ms / 1000))
say() { printf '· %3d s  %s\n' $((($(now_ms) - started_ms) / 1000)) "$*" >&2; }
fail() { printf 'benchmark failed: %s\n' "$*" >&2; exit 1; }
now_ms() { local t=${EPOCHREALTIME//[!0-9]/}; echo $((t / 1000)); }

install_missing() {
    local packages=() as_root=()
    command -v wrk >/dev/null || packages+=(wrk)
    command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || packages+=(nginx)
    command -v curl >/dev/null || packages+=(curl)
    [ "${#packages[@]}" -gt 0 ] || return 0
    say "installing ${packages[*]} from Debian"
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null >"$tmp/apt.log" 2>&1 &&
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}" \
            </dev/null >>"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log" >&2; fail "apt-get could not install ${packages[*]}"; }
}

# A child that exited is a zombie until waited for: kill -0 would still find it.
is_running() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

stop_process() {
    local pid=$1 tenths=0
    [ -n "$pid" ] || return 0
    kill -TERM "$pid" 2>/dev/null || true
    while is_running "$pid" && [ "$tenths" -lt 150 ]; do
        sleep 0.1
        tenths=$((tenths + 1))
    done
    is_running "$pid" && { kill -KILL "$pid" 2>/dev/null || true; }
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_process "$nginx_pid"
    stop_process "$app_pid"
    # What went wrong, unless someone stopped the run (Ctrl-C, TERM).
    if [ "$status" -ne 0 ] && [ "$status" -ne 130 ] && [ "$status" -ne 143 ]; then
        for log in "$tmp/app.log" "$tmp/nginx/error.log"; do
            [ -s "$log" ] && { echo "--- last lines of ${log##*/}:" >&2; tail -n 20 "$log" >&2; }
        done
    fi
    if $keep; then
        say "kept $tmp"
    else
        rm -rf "$tmp"
    fi
    exit "$status"
}

free_port() {
    local port tries=0
    while [ "$tries" -lt 50 ]; do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
        tries=$((tries + 1))
    done
    fail "no free port on 127.0.0.1"
}

# Starts the published app on CONTENT with the database in the temporary folder; sets app_pid and base.
start_app() {
    local port
    port=$(free_port)
    base="http://127.0.0.1:$port"
    # In its own folder, as a service runs it: the content root, where appsettings.json (the log's settings) is read.
    (cd "$tmp/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
        ConnectionStrings__Portal="Data Source=$tmp/portal.db" Portal__ContentPath="$1" Portal__PublicBaseUrl="$base" \
        Admin__KeysPath="$tmp/keys" "${app_env[@]}" dotnet Portal.Web.dll) >>"$tmp/app.log" 2>&1 &
    app_pid=$!
}

stop_app() {
    stop_process "$app_pid"
    app_pid=''
}

# Waits until URL answers 200 while the process PID lives, at most SECONDS.
wait_for_200() {
    local url=$1 pid=$2 deadline=$(($(now_ms) + $3 * 1000))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")" = 200 ]; do
        is_running "$pid" || fail "the server stopped before $url answered"
        [ "$(now_ms)" -lt "$deadline" ] || fail "$url did not answer 200 within $3 s"
        sleep 0.05
    done
}

# VmRSS (now) or VmHWM (the peak) of PID, in MB.
memory_mb() { awk -v field="$2:" '$1 == field { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
