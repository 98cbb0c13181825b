#!/usr/bin/env bash
# Fuzzes the JSON parser with libFuzzer for SECONDS seconds (default 60).
#
#   Fuzz/run-json-fuzzer.sh 300
#
# Compiles the Foundation-free target Sources/LicenseReportCore (the parser, the Diagnostics types and
# the CSV reader) together with Fuzz/JSONParserFuzzer.swift, outside SwiftPM, using
# `swiftc -sanitize=fuzzer,address -parse-as-library`, then runs the fuzzer from the seeds in
# Fuzz/seeds/json and every saved regression. Any input that crashes, hangs (over 10 s) or breaks an
# invariant is saved into Tests/LicenseReportTests/FuzzRegressions/json/, where
# JSONParserFuzzRegressionTests replays it on every `swift test`. Exits non-zero when the fuzzer found something.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/.build/fuzz-json"
regressions="$root/Tests/LicenseReportTests/FuzzRegressions/json"
mkdir -p "$work/corpus" "$regressions"

echo "Compiling the JSON fuzzer into $work ..."
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name LicenseReportCore -package-name license_report \
    $(find "$root/Sources/LicenseReportCore" -name '*.swift' | sort) \
    "$root/Fuzz/JSONParserFuzzer.swift" \
    -o "$work/json-fuzzer" 2> >(grep -v "Cannot export local symbol" >&2)

echo "Fuzzing for $seconds s ..."
status=0
"$work/json-fuzzer" \
    -max_total_time="$seconds" \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -max_len=8192 \
    -print_final_stats=1 \
    -dict="$root/Fuzz/json.dict" \
    -artifact_prefix="$regressions/" \
    "$work/corpus" "$root/Fuzz/seeds/json" "$regressions" || status=$?

if [ "$status" -ne 0 ]; then
    echo "The fuzzer found a problem (exit $status); the input is in $regressions" >&2
fi
exit "$status"
