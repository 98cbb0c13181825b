#!/usr/bin/env bash
# Fuzzes the CSV reader with libFuzzer for SECONDS seconds (default 60).
#
#   Fuzz/run-csv-fuzzer.sh 300
#
# Compiles the Foundation-free target Sources/LicenseReportCore (the reader, the Diagnostics types it
# reports with, and the JSON parser) together with Fuzz/CSVReaderFuzzer.swift, outside SwiftPM, using
# `swiftc -sanitize=fuzzer,address -parse-as-library`, then runs the fuzzer from the seeds in
# Fuzz/seeds/csv and every saved regression. Any input that crashes, hangs (over 10 s) or breaks an
# invariant is saved into Tests/LicenseReportTests/FuzzRegressions/csv/, where
# CSVReaderFuzzTests replays it on every `swift test`. Exits non-zero when the fuzzer found something.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/.build/fuzz-csv"
regressions="$root/Tests/LicenseReportTests/FuzzRegressions/csv"
mkdir -p "$work/corpus" "$regressions"

echo "Compiling the CSV fuzzer into $work ..."
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name LicenseReportCore -package-name license_report \
    $(find "$root/Sources/LicenseReportCore" -name '*.swift' | sort) \
    "$root/Fuzz/CSVReaderFuzzer.swift" \
    -o "$work/csv-fuzzer" 2> >(grep -v "Cannot export local symbol" >&2)

echo "Fuzzing for $seconds s ..."
status=0
"$work/csv-fuzzer" \
    -max_total_time="$seconds" \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -max_len=8192 \
    -print_final_stats=1 \
    -dict="$root/Fuzz/csv.dict" \
    -artifact_prefix="$regressions/" \
    "$work/corpus" "$root/Fuzz/seeds/csv" "$regressions" || status=$?

if [ "$status" -ne 0 ]; then
    echo "The fuzzer found a problem (exit $status); the input is in $regressions" >&2
fi
exit "$status"
