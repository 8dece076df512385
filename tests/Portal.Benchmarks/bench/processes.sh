# The processes the benchmark starts (the app, nginx) and their clean end, sourced by ../run.
# Each is stopped by its own PID: other copies of the app may be running on this machine.

app_pid='' nginx_pid='' pg_data='' pg_port=''

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
    [ "$db" = sqlite ] || compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || packages+=(postgresql)
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
    stop_postgres
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

# initdb and postgres refuse to run as root: as root, they run as Debian's postgres user.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }

# --db postgres: a cluster of the run's own in the temporary folder, Debian's settings but the port; one empty database.
start_postgres() {
    local bin
    bin=$(pg_bin)
    mkdir "$tmp/pg"
    [ "$(id -u)" -ne 0 ] || chown postgres "$tmp/pg"
    pg_port=$(free_port)
    as_postgres "$bin/initdb" -D "$tmp/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 ||
        { cat "$tmp/initdb.log" >&2; fail "initdb failed"; }
    pg_data="$tmp/pg/data"
    as_postgres "$bin/pg_ctl" -D "$pg_data" -l "$tmp/pg/server.log" -w \
        -o "-p $pg_port -k $tmp/pg -c listen_addresses=127.0.0.1" start >/dev/null || fail "PostgreSQL did not start"
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc 'CREATE DATABASE portal' || fail "could not create the database"
    say "PostgreSQL $("$bin/postgres" --version | awk '{ print $3 }') on 127.0.0.1:$pg_port"
}

stop_postgres() {
    [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ] || return 0
    as_postgres "$(pg_bin)/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
}

# The app's database settings: its SQLite file in the temporary folder, or the run's PostgreSQL.
database_env() {
    if [ "$db" = sqlite ]; then
        echo "ConnectionStrings__Portal=Data Source=$tmp/portal.db"
    else
        echo "Portal__Database__Provider=PostgreSql"
        echo "ConnectionStrings__Portal=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=portal"
    fi
}

# Starts the published app on CONTENT with the database in the temporary folder; sets app_pid and base.
start_app() {
    local port database=()
    port=$(free_port)
    base="http://127.0.0.1:$port"
    mapfile -t database < <(database_env)
    # In its own folder, as a service runs it: the content root, where appsettings.json (the log's settings) is read.
    (cd "$tmp/app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
        "${database[@]}" Portal__ContentPath="$1" Portal__PublicBaseUrl="$base" \
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
