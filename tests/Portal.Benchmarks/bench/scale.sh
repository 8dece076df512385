# --scale N: content/ plus N generated news items, imported from nothing and read back one request at a time.
# Sourced by ../run.

generate_content() {
    cp -R "$repo/content" "$1"
    say "generating $scale news items, four Markdown files each"
    dotnet run -c Release --project "$here" -- generate "$1" "$scale" >"$tmp/generate.log" 2>&1 ||
        { cat "$tmp/generate.log" >&2; fail "generating the news items failed"; }
}

# Prints "URL ms KB cached" for URL: the median of some requests, each URL new to any cache (an extra bench= parameter),
# after one such request that warms the code path up.
uncached() {
    local url=$1 i
    timed_get "$(with_param "$base$url" bench=warm-up)" >/dev/null
    for ((i = 1; i <= repeats; i++)); do
        timed_get "$(with_param "$base$url" "bench=$i")"
    done >"$tmp/timings"
    printf '%s %s %s %s\n' "$url" "$(cut -d' ' -f1 "$tmp/timings" | percentile 50)" "$(tail -n 1 "$tmp/timings" | cut -d' ' -f2)" \
        "$(grep -q ' yes$' "$tmp/timings" && echo yes || echo no)"
}

# Prints "p50 p95 max" in ms of a search for QUERY in LANGUAGE, each request a new URL.
search_times() {
    local language=$1 query=$2 i
    timed_get "$base/$language/search" -G --data-urlencode "q=$query" --data-urlencode bench=warm-up >/dev/null
    for ((i = 1; i <= search_runs; i++)); do
        timed_get "$base/$language/search" -G --data-urlencode "q=$query" --data-urlencode "bench=$i"
    done | cut -d' ' -f1 >"$tmp/timings"
    echo "$(percentile 50 <"$tmp/timings") $(percentile 95 <"$tmp/timings") $(percentile 100 <"$tmp/timings")"
}

scale_figures() {
    local content=$tmp/content files start import_ms logged peak article url urls line query worst=0 times
    generate_content "$content"
    files=$(find "$content" -mindepth 2 -name '*.md' | wc -l)
    article=$(find "$content/news" -name "*-generated-$((scale / 2)).en.md" -printf '%f\n')
    urls=(/en/news "/en/news?page=$(((scale + 9) / 10 / 2 > 1 ? (scale + 9) / 10 / 2 : 1))" "/en/news/${article%.en.md}"
        /en/institutions/congress /ru/feed.xml /sitemap.xml)

    say "importing $files files into an empty database"
    start=$(now_ms)
    start_app "$content"
    wait_for_200 "$base/healthz" "$app_pid" 3600
    import_ms=$(($(now_ms) - start))
    peak=$(memory_mb "$app_pid" VmHWM)
    logged=$(grep -o 'content imported in [0-9]* ms' "$tmp/app.log" | grep -o '[0-9]*' | tail -n 1 || true)
    # A sitemap split into files is measured at its index and its first file.
    line=$(curl -s --max-time 120 "$base/sitemap.xml")
    if [[ $line == *"<sitemapindex"* ]]; then
        [[ $line =~ \<loc\>([^<]*) ]] # the first file (no grep | head: under pipefail a big index would end the run)
        urls+=("${BASH_REMATCH[1]#"$base"}")
    fi

    echo "Content: content/ plus $scale generated news items, $files Markdown files"
    echo "Import into an empty database: $(seconds "$import_ms") s from the process start to /healthz 200" \
        "(the app's log: ${logged:-?} ms for migration and import); peak RSS (VmHWM) $peak MB"
    echo
    echo "One request with the output cache off: the median of $repeats, each URL new (&bench=N), after one warm-up request"
    echo
    echo "| url | ms | KB | from a cache |"
    echo "| --- | ---: | ---: | --- |"
    for url in "${urls[@]}"; do
        say "timing $url"
        line=$(uncached "$url")
        awk -v line="$line" 'BEGIN { split(line, r, " "); printf "| %s | %.1f | %.1f | %s |\n", r[1], r[2], r[3], r[4] }'
    done
    echo
    echo "Search: $search_runs requests per query, one at a time, each URL new to any cache; ms"
    echo
    echo "| query | p50 | p95 | max |"
    echo "| --- | ---: | ---: | ---: |"
    for query in "en council" "en democratic forces" "en co" "ru совет европы" "be кангрэс"; do
        say "searching $query"
        times=$(search_times "${query%% *}" "${query#* }")
        printf '| /%s/search?q=%s | %s | %s | %s |\n' "${query%% *}" "${query#* }" $times
        worst=$(awk -v worst="$worst" -v p95="$(cut -d' ' -f2 <<<"$times")" -v query="/${query%% *}/search?q=${query#* }" \
            'BEGIN { split(worst, w, " "); print (p95 + 0 > w[1] + 0 ? p95 " ms (" query ")" : worst) }')
    done
    echo
    echo "Worst search p95: $worst. App: RSS after these requests $(memory_mb "$app_pid" VmRSS) MB, peak $(memory_mb "$app_pid" VmHWM) MB"
    stop_app
    database_size "$content"

    say "starting again on the existing database"
    start=$(now_ms)
    start_app "$content"
    wait_for_200 "$base/en/" "$app_pid" 600
    echo "Start of dotnet Portal.Web.dll on the existing database to the first page (/en/) answered: $(seconds $(($(now_ms) - start))) s"
}
