#!/usr/bin/env bash
# Load test of `marsad serve` over a full database: p95 latency of storyline and event pages (HTML and API), and of
# search, under wrk (Debian's wrk package). The pages asked for are the 100 largest storylines and events and 300
# of each at random, read from the database itself; searches are for the longest word of 200 random titles.
#
#   ./marsad ingest ../shared/data/saudinewsnet --db /tmp/web-full.db    # once, a minute or two
#   bench/web-load.sh /tmp/web-full.db                                   # DURATION=20s CONNECTIONS=8 THREADS=2 PORT=5180
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="${1:-/tmp/web-full.db}"
port="${PORT:-5180}"
duration="${DURATION:-20s}"
connections="${CONNECTIONS:-8}"
threads="${THREADS:-2}"
for tool in wrk sqlite3 curl; do
  command -v "$tool" >/dev/null || { echo "web-load: $tool is missing (apt-get install $tool)" >&2; exit 2; }
done
[ -f "$db" ] || { echo "web-load: no database at $db; ingest first (see the top of this script)" >&2; exit 2; }

work="$(mktemp -d)"
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

pick() { # table, path prefix
  sqlite3 -readonly "$db" "
    SELECT '$2' || id FROM (SELECT id FROM $1 ORDER BY article_count DESC LIMIT 100)
    UNION ALL
    SELECT '$2' || id FROM (SELECT id FROM $1 ORDER BY random() LIMIT 300);"
}
pick storylines /storylines/ >"$work/storylines"
pick events /events/ >"$work/events"
urlencode() { # bytes outside [A-Za-z0-9._~-] as %XX
  local LC_ALL=C s="$1" i c out=""
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in [a-zA-Z0-9.~_-]) out+="$c" ;; *) printf -v c '%%%02X' "'$c"; out+="$c" ;; esac
  done
  printf '%s' "$out"
}
sqlite3 -readonly "$db" "SELECT title FROM articles ORDER BY random() LIMIT 200" |
  awk '{ w = ""; for (i = 1; i <= NF; i++) if (length($i) > length(w)) w = $i; if (w != "") print w }' |
  while IFS= read -r word; do echo "/search?q=$(urlencode "$word")"; done >"$work/search"
sed 's|^/|/api/|' "$work/storylines" >"$work/api-storylines"
sed 's|^/|/api/|' "$work/events" >"$work/api-events"

"$root/marsad" --help >/dev/null   # builds the CLI first if needed, outside the timing
"$root/marsad" serve --db "$db" --port "$port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  sleep 0.2
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/" || { cat "$work/server.log" >&2; exit 1; }

echo "web-load: $(wc -l <"$work/storylines") storylines, $(wc -l <"$work/events") events, $(wc -l <"$work/search") searches from $db;" \
  "wrk -t$threads -c$connections -d$duration each, after a 5 s warm-up; $(nproc) cores"
for list in storylines events api-storylines api-events search; do
  wrk -t"$threads" -c"$connections" -d5s -s "$root/bench/web-load.lua" "http://127.0.0.1:$port" -- "$work/$list" >/dev/null
  printf '%-16s ' "$list"
  wrk -t"$threads" -c"$connections" -d"$duration" -s "$root/bench/web-load.lua" "http://127.0.0.1:$port" -- "$work/$list" | tail -n 1
done
