# The default run: pages of the real content under wrk, the app next to nginx serving the same bytes. Sourced by ../run.

# The newest news item of the real content, by the date its slug starts with.
newest_news_slug() {
    local slug
    slug=$(find "$1/news" -name '*.be.md' -printf '%f\n' | sort | tail -n 1)
    [ -n "$slug" ] || fail "no Belarusian news item in $1/news"
    echo "${slug%.be.md}"
}

pages_table() {
    local paths path n=0 start ready app nginx width=4 cached from_cache
    paths=(/en/ /en/news /ru/history "/be/news/$(newest_news_slug "$repo/content")" /en/feed.xml)
    say "starting the app on content/"
    start=$(now_ms)
    start_app "$repo/content"
    wait_for_200 "$base/healthz" "$app_pid" 120
    ready=$(($(now_ms) - start))
    for path in "${paths[@]}"; do
        capture "$path" "$n"
        n=$((n + 1))
        [ "${#path}" -le "$width" ] || width=${#path}
    done
    start_nginx "${paths[@]}"

    echo "wrk -t$threads -c$connections --latency: ${warmup} s warm-up, then ${duration} s per path and server; no Accept-Encoding" \
        "(uncompressed on both). nginx $("$(nginx_binary)" -v 2>&1 | sed 's/.*nginx\///'), $(nproc) workers, the app's bytes and headers"
    echo
    printf "| %-${width}s | %6s | %9s | %11s | %9s | %7s | %7s | %9s | %9s | %10s |\n" path KB "app req/s" "nginx req/s" \
        "app/nginx" "app p50" "app p99" "nginx p50" "nginx p99" "app cached"
    printf "| %-${width}s | -----: | --------: | ----------: | --------: | ------: | ------: | --------: | --------: | ---------- |\n" \
        "$(printf '%*s' "$width" '' | tr ' ' -)"
    n=0 cached=0
    for path in "${paths[@]}"; do
        say "wrk on $path: the app, then nginx"
        app=$(load "$base$path")
        nginx=$(load "$nginx_base$path")
        is_running "$app_pid" || fail "the app stopped during the load"
        from_cache=$(answer_cached "$base$path")
        [ "$from_cache" = no ] || cached=$((cached + 1))
        awk -v path="$path" -v width="$width" -v bytes="$(stat -c %s "$tmp/nginx/www/$n")" -v app="$app" -v nginx="$nginx" \
            -v cached="$from_cache" 'BEGIN {
                split(app, a, " "); split(nginx, x, " ")
                printf "| %-" width "s | %6.1f | %9d | %11d | %9.3f | %7.2f | %7.2f | %9.2f | %9.2f | %-10s |\n",
                    path, bytes / 1024, a[1], x[1], (x[1] > 0 ? a[1] / x[1] : 0), a[2], a[3], x[2], x[3], cached }'
        n=$((n + 1))
    done
    echo
    echo "Latencies in ms. Mode measured: the app answered from its output cache on $cached of ${#paths[@]} paths" \
        "(app cached: its answer after the load carried an Age header)."
    echo "App: RSS after the load $(memory_mb "$app_pid" VmRSS) MB, peak $(memory_mb "$app_pid" VmHWM) MB;" \
        "started and imported content/ (empty database) in $(seconds "$ready") s"
    stop_app
    database_size "$repo/content"
}
