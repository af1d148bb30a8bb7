#!/usr/bin/env bash
# The long console fuzz run (issue 15 point 6), for local use, not CI: the harness of tests/Zk.Domain.Tests/Fuzz run in
# slices, each with its own seed, at the lowest CPU priority, and the per-category counts of all slices summed into one
# table (mutation kind, source document, command, format, language, exit code, failures).
#
#   bash tests/fuzz-long.sh [CASES] [SLICES] [FIRST_SEED]
#
# CASES document cases per slice (default 10000; each slice also runs CASES/3 argument cases), SLICES slices (default
# 3) with seeds FIRST_SEED, FIRST_SEED+1, ... (default 1). Environment:
#   ZK_FUZZ_PARALLEL=N  slices run side by side (default 1)
#   ZK_FUZZ_NOBUILD=1   use the test build as it is (otherwise: dotnet build -c Release -f net10.0 first)
#   ZK_FUZZ_OUT=DIR     where the slices' counts, logs and the table go (default: a new temporary folder)
# The test build is copied first, so building again while the run goes on does not change what it runs. A failing case
# is written to the temporary folder and named in its slice's log: add it to tests/Zk.Domain.Tests/Fuzz/Corpus/.
# Exit code: 0 when every slice passed.
set -uo pipefail
cd "$(dirname "$0")/.."

cases=${1:-10000}
slices=${2:-3}
first=${3:-1}
parallel=${ZK_FUZZ_PARALLEL:-1}
out=${ZK_FUZZ_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/zk-fuzz-long.XXXXXX")}
mkdir -p "$out"

if [ "${ZK_FUZZ_NOBUILD:-0}" != 1 ]; then
  nice -n 19 dotnet build Zk.Domain.sln -c Release -f net10.0 -v quiet -nologo || exit 1
fi

bin="$out/bin"
rm -rf "$bin"
cp -r tests/Zk.Domain.Tests/bin/Release/net10.0 "$bin" || exit 1

run_slice() {
  local seed=$1 start rc
  start=$(date +%s)
  ZK_FUZZ_CASES=$cases ZK_FUZZ_SEED=$seed ZK_FUZZ_REPORT="$out/slice-$seed.tsv" \
    nice -n 19 "$bin/Zk.Domain.Tests" --filter-class "Zk.Domain.Tests.Fuzz.FuzzTests" \
    --results-directory "$out/results-$seed" >"$out/slice-$seed.log" 2>&1
  rc=$?
  echo "slice seed $seed: exit $rc, $(( $(date +%s) - start )) s (log: $out/slice-$seed.log)"
  return $rc
}

rm -f "$out"/slice-*.tsv
failed=0
pids=()
for ((i = 0; i < slices; i++)); do
  run_slice $((first + i)) &
  pids+=($!)
  if [ ${#pids[@]} -ge "$parallel" ]; then
    wait "${pids[0]}" || failed=$((failed + 1))
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do
  wait "$pid" || failed=$((failed + 1))
done

# Sum the counts of every slice: part, category, value, count (tab-separated lines, see Fuzz/Fuzztelling.cs).
{
  echo "Long fuzz run: $slices slices of $cases document cases (seeds $first to $((first + slices - 1))), $failed slices failed."
  echo
  echo "| part | category | value | cases |"
  echo "|---|---|---|---:|"
  cat "$out"/slice-*.tsv 2>/dev/null |
    awk -F'\t' '{ key = $1 "\t" $2 "\t" $3; sum[key] += $4 } END { for (k in sum) print k "\t" sum[k] }' |
    LC_ALL=C sort -t$'\t' -k1,1r -k2,2 -k3,3 |
    awk -F'\t' '{ printf "| %s | %s | %s | %d |\n", $1, $2, $3, $4 }'
} | tee "$out/counts.md"
echo "(table: $out/counts.md)"
[ "$failed" -eq 0 ]
