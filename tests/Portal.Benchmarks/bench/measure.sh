# How the benchmark measures: wrk on one URL, single requests timed by curl, percentiles. Sourced by ../run.

# wrk --latency's text to "requests/s p50 p99 requests failed timeouts", latencies in ms (wrk writes us, ms, s or m).
wrk_summary='
function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v + 0 }
$1 == "50%" { p50 = ms($2) }
$1 == "99%" { p99 = ms($2) }
$1 == "Requests/sec:" { rps = $2 }
/ requests in / { requests = $1 }
/Socket errors:/ { gsub(",", ""); failed += $4 + $6 + $8; timeouts = $10 }
/Non-2xx or 3xx responses:/ { failed += $5 }
END { printf "%.0f %.2f %.2f %d %d %d\n", rps, p50, p99, requests, failed, timeouts }'

# Prints "requests/s p50 p99" of wrk on URL after the warm-up; fails when a request failed, never because of a speed.
load() {
    local url=$1 out rps p50 p99 requests failed timeouts
    if [ "$warmup" -gt 0 ]; then
        timeout $((warmup + 30)) wrk -t"$threads" -c"$connections" -d"${warmup}s" "$url" >/dev/null || fail "wrk failed on $url"
    fi
    out=$(timeout $((duration + 30)) wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url") || fail "wrk failed on $url"
    printf '%s\n' "$out" >>"$tmp/wrk.log"
    read -r rps p50 p99 requests failed timeouts < <(awk "$wrk_summary" <<<"$out")
    [ "$requests" -gt 0 ] || fail "no request answered under wrk: $url"
    [ "$failed" -eq 0 ] || fail "$failed requests failed under wrk (socket errors or answers other than 2xx/3xx): $url"
    [ "$timeouts" -eq 0 ] || say "$timeouts requests took over wrk's 2 s timeout: $url"
    echo "$rps $p50 $p99"
}

# One GET of URL (extra curl arguments after it), timed by curl: prints "ms KB cached", cached being whether the answer
# came from a cache (it has an Age header); fails unless 200.
timed_get() {
    local url=$1 status seconds bytes cached=no
    shift
    read -r status seconds bytes < <(curl -s -D "$tmp/headers" -o /dev/null --max-time 120 \
        -w '%{http_code} %{time_total} %{size_download}\n' "$@" "$url")
    [ "$status" = 200 ] || fail "$url $* answered $status"
    grep -qi '^age:' "$tmp/headers" && cached=yes
    awk -v s="$seconds" -v b="$bytes" -v c="$cached" 'BEGIN { printf "%.1f %.1f %s\n", s * 1000, b / 1024, c }'
}

# Whether the app's answer to URL now comes from its output cache.
answer_cached() { timed_get "$1" | cut -d' ' -f3; }

# The nearest-rank percentile P of the numbers on stdin.
percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int((p * NR + 99) / 100); print v[i < 1 ? 1 : i] }'; }

with_param() { case $1 in *\?*) echo "$1&$2" ;; *) echo "$1?$2" ;; esac; }

seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# The database after the app closed it (its WAL, if one is left, counted in) against the Markdown it was imported from.
database_size() {
    local database markdown
    if [ "$db" = sqlite ]; then
        database=$(find "$tmp" -maxdepth 1 \( -name portal.db -o -name portal.db-wal \) -printf '%s\n' | awk '{ s += $1 } END { print s }')
    else
        database=$(psql -h 127.0.0.1 -p "$pg_port" -U postgres -Atc "SELECT pg_database_size('portal')")
    fi
    markdown=$(find "$1" -mindepth 2 -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    awk -v d="$database" -v m="$markdown" 'BEGIN {
        printf "Database: %.1f MB for %.1f MB of Markdown (%.1f times)\n", d / 1048576, m / 1048576, d / m }'
}

# What a reader of the figures needs to judge them: when, which code, which machine and how busy it was.
describe_run() {
    local commit settings=none note=''
    commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
    git -C "$repo" diff --quiet HEAD 2>/dev/null || commit+=" with uncommitted changes"
    [ "${#app_env[@]}" -eq 0 ] || settings="${app_env[*]}"
    ! $smoke || note=', SMOKE RUN: it proves the benchmark works, its figures mean nothing'
    echo "Portal benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC, commit $commit$note"
    echo "Machine: $(nproc) cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)), load average at the start:" \
        "$(cut -d' ' -f1-3 /proc/loadavg), shared by the app, nginx, wrk and whatever else runs"
    echo "App: Release publish, Production, on 127.0.0.1; database: $([ "$db" = sqlite ] && echo "SQLite file" ||
        echo "PostgreSQL $("$(pg_bin)/postgres" --version | awk '{ print $3 }') on loopback, a cluster of the run's own"); extra settings: $settings"
}
