#!/usr/bin/env bash
# versus-hugo.sh N [N ...]: license-report build-all against Hugo on the same generated fleets (issue 9).
#
#   swift build -c release && Benchmarks/versus-hugo.sh 100 300 1000      # or: license-report-benchmark versus-hugo 100 300 1000
#   REPS=1 Benchmarks/versus-hugo.sh 10000
#
# For each N: the fleet (../shared/bench/gen-tenants.py, reused when already generated) and its Hugo project
# (hugo-peer.py) are prepared untimed; then Hugo and license-report are run interleaved, REPS times each
# (Hugo, license-report, Hugo, license-report, ...), every build into a new folder under $WORK/N/out, with
# /usr/bin/time -v for the peak resident memory. Nothing is deleted while timing: on this machine's ext4,
# creating files within minutes of deleting many makes the next build slower (bench/README.md).
# HTML pages are counted with `find OUT -name '*.html'` (Hugo writes no Markdown, CSV or JSON).
# Prints one Markdown table row per N (medians), then license-report's stage times (summed over the
# tenants, from `build-all --verbose`) and the load average, and appends raw runs to $WORK/runs.tsv.
#
# Environment: REPS (3), JOBS (2: license-report's --jobs), AS_OF (2026-11-29), WORK (/tmp/versus-hugo),
#              BENCH (/work/shared/bench), BIN (.build/release/license-report), NICE (0; e.g. -10 under load)
#              BIN may be .build/release/license-report-benchmark: its `fleet` mode runs FleetBuild.run, what
#              build-all runs, in a process of its own (the same process start, no command-line printing).
set -euo pipefail
REPS=${REPS:-3}
JOBS=${JOBS:-2}
AS_OF=${AS_OF:-2026-11-29}
WORK=${WORK:-/tmp/versus-hugo}
BENCH=${BENCH:-/work/shared/bench}
BIN=$(realpath "${BIN:-.build/release/license-report}")
NICE=${NICE:-0}
[ $# -ge 1 ] || { echo "usage: $0 N [N ...]" >&2; exit 64; }
[ -x "$BIN" ] || { echo "no release binary at $BIN: run swift build -c release" >&2; exit 66; }
command -v hugo >/dev/null || { echo "hugo not found: apt-get update && apt-get install -y hugo" >&2; exit 69; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install -y time" >&2; exit 69; }
mkdir -p "$WORK"
stamp=$(date +%Y%m%d-%H%M%S)
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
rss_mib() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
# wall seconds and peak RSS of one timed command; its output folder is the last argument of the command.
timed() { # name tfile cmd...
  local name=$1 tfile=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  nice -n "$NICE" /usr/bin/time -v -o "$tfile" "$@" > "$tfile.out" 2> "$tfile.err" || { echo "$name failed: see $tfile.err" >&2; exit 70; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}

rows=()
stagelines=()
for N in "$@"; do
  dir=$WORK/$N
  if [ ! -f "$dir/data.done" ]; then
    python3 "$BENCH/gen-tenants.py" "$N" "$dir/data" --jobs 2 >&2
    touch "$dir/data.done"
  fi
  python3 "$BENCH/hugo-peer.py" "$dir/data" "$dir/site" --as-of "$AS_OF" >&2
  mkdir -p "$dir/out"
  hs=(); ls=(); hrss=0; lrss=0; hpages=0; lpages=0
  for rep in $(seq 1 "$REPS"); do
    out=$dir/out/hugo-$stamp-$rep
    s=$(timed hugo "$dir/out/hugo-$stamp-$rep.time" hugo --quiet --minify=false -s "$dir/site" -d "$out")
    hs+=("$s"); r=$(rss_mib "$dir/out/hugo-$stamp-$rep.time"); [ "$r" -gt "$hrss" ] && hrss=$r
    hpages=$(find "$out" -name '*.html' | wc -l)
    printf '%s\t%s\thugo\t%s\t%s\t%s\t%s\n' "$stamp" "$N" "$rep" "$hpages" "$s" "$r" >> "$WORK/runs.tsv"
    out=$dir/out/lr-$stamp-$rep
    if [ "$(basename "$BIN")" = license-report-benchmark ]; then
      s=$(timed license-report "$dir/out/lr-$stamp-$rep.time" "$BIN" fleet "$dir/data" "$JOBS" --as-of "$AS_OF" --output "$out")
    else
      s=$(timed license-report "$dir/out/lr-$stamp-$rep.time" "$BIN" build-all "$dir/data" --as-of "$AS_OF" --jobs "$JOBS" --verbose --output "$out")
    fi
    ls+=("$s"); r=$(rss_mib "$dir/out/lr-$stamp-$rep.time"); [ "$r" -gt "$lrss" ] && lrss=$r
    lpages=$(find "$out" -name '*.html' | wc -l)
    printf '%s\t%s\tlicense-report\t%s\t%s\t%s\t%s\n' "$stamp" "$N" "$rep" "$lpages" "$s" "$r" >> "$WORK/runs.tsv"
  done
  hm=$(printf '%s\n' "${hs[@]}" | median); lm=$(printf '%s\n' "${ls[@]}" | median)
  hps=$(echo "$hpages / $hm" | bc -l); lps=$(echo "$lpages / $lm" | bc -l)
  rows+=("$(printf '| %s | %s | %s | %.2f s | %.2f s | %.0f | %.0f | **%.2f×** | %s MiB | %s MiB | %.2f ms |' \
    "$N" "$hpages" "$lpages" "$hm" "$lm" "$hps" "$lps" "$(echo "$lps / $hps" | bc -l)" "$hrss" "$lrss" "$(echo "$lm * 1000 / $N" | bc -l)")")
  if [ "$(basename "$BIN")" = license-report-benchmark ]; then
    stages=$(grep '^| [a-z]' "$dir/out/lr-$stamp-$REPS.time.out" | grep -v '^| Stage' | awk -F' [|] ' '{printf "%s: %s (%s a tenant); ", substr($1,3), $2, $3}')
  else
    stages=$(grep '^stage ' "$dir/out/lr-$stamp-$REPS.time.err" | sed 's/^stage //' | paste -sd ';' - | sed 's/;/; /g')
  fi
  stagelines+=("N=$N (last run): $stages")
done
echo
echo "| N | Hugo HTML pages | license-report HTML pages | Hugo s | license-report s | Hugo pages/s | license-report pages/s | ratio | Hugo peak RSS | license-report peak RSS | license-report ms per tenant |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
printf '%s\n' "${stagelines[@]}"
echo "medians of $REPS interleaved runs, --jobs $JOBS; load: $(uptime | sed 's/.*load average/load average/')"
