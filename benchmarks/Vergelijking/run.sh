#!/usr/bin/env bash
# The library against an earlier commit of itself, in one BenchmarkDotNet run (see Vergelijking.cs).
#   bash benchmarks/Vergelijking/run.sh [commit] [extra BenchmarkDotNet arguments]
#   bash benchmarks/Vergelijking/run.sh [commit] --stopwatch [S,M,L] [Category,...]   (a quick look, see Tussenmeting.cs)
# The default commit is d264a6f, the last one before the architecture work of issue 12. Takes about 15 minutes for
# S, M and L on a 2-core machine; keep the machine otherwise quiet.
set -euo pipefail
cd "$(dirname "$0")/../.."
commit="${1:-d264a6f}"
shift || true
werk="$(mktemp -d)"
trap 'git worktree remove --force "$werk/voor" >/dev/null 2>&1 || true; rm -rf "$werk"' EXIT
git worktree add --detach "$werk/voor" "$commit" >/dev/null
dotnet build "$werk/voor/src/Zk.Domain/Zk.Domain.csproj" -c Release -p:AssemblyName=Zk.Domain.Voor -o "$werk/uit" >/dev/null
# BenchmarkDotNet builds its own project around this one: the path reaches that build through the environment.
export VoorPad="$werk/uit"
if [[ "${1:-}" == --stopwatch ]]; then
  dotnet run -c Release --project benchmarks/Vergelijking -- "$@"
else
  dotnet run -c Release --project benchmarks/Vergelijking -- \
    --filter '*' --warmupCount 2 --iterationCount 7 --exporters github "$@"
fi
