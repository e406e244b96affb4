#!/usr/bin/env bash
# The test command of the README and of CI: set-up, then every test project, then one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || exit 1

# PostgreSQL was installed above: the storage tests must run on it, not skip.
export PORTMAILBOT_TESTS_REQUIRE_POSTGRESQL=1

results=artifacts/test-results
rm -rf "$results"
dotnet test PortMailBot.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
# A remote CI log is often cut to its tail: name every failed test there, with its first lines of error.
if [ "$failed" -gt 0 ] && command -v python3 >/dev/null; then
  python3 scripts/list-failed-tests.py "$results"/*.trx
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit $status
