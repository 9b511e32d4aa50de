#!/usr/bin/env bash
# The GUI tests as a busy CI machine runs them: a CPU hog on every core beside the suite, the
# suite N times in a row (default 5), one pass/fail line per run with its wall time. A test that
# only passes on an idle machine is waiting on timing, not on what it means to wait for.
#
#   scripts/gui_tests_under_load.sh                 # 5 runs of tests/gui, one hog per core
#   scripts/gui_tests_under_load.sh 10              # 10 runs
#   HOGS=4 scripts/gui_tests_under_load.sh 3 -k pickups   # 4 hogs; the rest goes to pytest
#
# The hog is stress-ng when installed (HOG=python forces the other kind), else a busy Python
# loop per hog; it is always stopped,
# also on Ctrl-C or a failure. Each run's output is kept; the exit status is 1 if a run failed.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=5
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  runs=$1
  shift
fi
[[ ${1:-} == "--" ]] && shift
hogs=${HOGS:-$(nproc)}
logs=$(mktemp -d "${TMPDIR:-/tmp}/gui-under-load.XXXXXX")

hog_pids=()
stop_hog() {
  if [[ ${#hog_pids[@]} -gt 0 ]]; then
    kill "${hog_pids[@]}" 2>/dev/null
    wait "${hog_pids[@]}" 2>/dev/null
    hog_pids=()
  fi
}
trap stop_hog EXIT
trap 'stop_hog; exit 130' INT
trap 'stop_hog; exit 143' TERM

if [[ ${HOG:-} != python ]] && command -v stress-ng >/dev/null 2>&1; then
  hog="stress-ng --cpu $hogs"
  stress-ng --cpu "$hogs" --quiet &
  hog_pids+=($!)
else
  hog="$hogs busy Python loop(s)"
  for _ in $(seq "$hogs"); do
    python3 -c 'while True: pass' &
    hog_pids+=($!)
  done
fi
echo "CPU hog: $hog on $(nproc) core(s); logs in $logs"
echo "running: uv run pytest tests/gui -q $* ($runs time(s))"

failed=0
total_start=$(date +%s)
for i in $(seq "$runs"); do
  start=$(date +%s)
  if uv run pytest tests/gui -q "$@" >"$logs/run-$i.log" 2>&1; then
    verdict=pass
  else
    verdict=FAIL
    failed=$((failed + 1))
  fi
  printf 'run %d/%d: %s in %d s  (%s)\n' "$i" "$runs" "$verdict" "$(($(date +%s) - start))" \
    "$(tail -n 1 "$logs/run-$i.log")"
  if [[ $verdict == FAIL ]]; then
    grep -E '^(FAILED|ERROR) ' "$logs/run-$i.log" | sed 's/^/    /'
  fi
done
stop_hog
printf '%d of %d run(s) passed under load in %d s; logs in %s\n' \
  "$((runs - failed))" "$runs" "$(($(date +%s) - total_start))" "$logs"
[[ $failed -eq 0 ]]
