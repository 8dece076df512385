# nginx serving the app's answers byte for byte, at the same paths, with the same headers. Sourced by ../run.

nginx_binary() { command -v nginx || echo /usr/sbin/nginx; }

# Saves the app's answer to PATH, body and headers, as page number N; fails unless 200.
capture() {
    local path=$1 n=$2 status
    mkdir -p "$tmp/nginx/www"
    status=$(curl -s -D "$tmp/nginx/www/$n.headers" -o "$tmp/nginx/www/$n" -w '%{http_code}' --max-time 60 "$base$path")
    [ "$status" = 200 ] || fail "$base$path answered $status"
}

# The exact location of page N: the app's Content-Type and its other headers, but those nginx writes itself.
nginx_location() {
    tr -d '\r' <"$tmp/nginx/www/$2.headers" | awk -v path="$1" -v n="$2" '
        NR == 1 || !index($0, ":") { next }
        { name = substr($0, 1, index($0, ":") - 1); value = substr($0, index($0, ":") + 2); lower = tolower(name) }
        lower == "content-type" { type = value; next }
        lower ~ /^(date|content-length|transfer-encoding|connection|keep-alive|server|age)$/ || value ~ /[$"\\]/ { next }
        { headers = headers sprintf("            add_header %s \"%s\" always;\n", name, value) }
        END { printf "        location = %s {\n            default_type \"%s\";\n%s            try_files /%s =500;\n        }\n", path, type, headers, n }'
}

# Starts nginx in the foreground (a child of this script) on a free port with the captured PATHS; sets nginx_pid and nginx_base.
start_nginx() {
    local port n=0 path dir=$tmp/nginx
    port=$(free_port)
    nginx_base="http://127.0.0.1:$port"
    {
        cat <<EOF_CONF
worker_processes auto;
pid "$dir/nginx.pid";
error_log "$dir/error.log";
events { worker_connections 1024; }
http {
    # Debian's defaults (sendfile, an access log), every file in the temporary folder.
    sendfile on;
    tcp_nopush on;
    server_tokens off;
    types { }
    access_log "$dir/access.log";
    client_body_temp_path "$dir/body";
    proxy_temp_path "$dir/proxy";
    fastcgi_temp_path "$dir/fastcgi";
    uwsgi_temp_path "$dir/uwsgi";
    scgi_temp_path "$dir/scgi";
    server {
        listen 127.0.0.1:$port;
        root "$dir/www";
EOF_CONF
        for path in "$@"; do
            nginx_location "$path" "$n"
            n=$((n + 1))
        done
        printf '    }\n}\n'
    } >"$dir/nginx.conf"
    "$(nginx_binary)" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -g 'daemon off;' &
    nginx_pid=$!
    wait_for_200 "$nginx_base$1" "$nginx_pid" 10
}
