#!/usr/bin/env bash
# The consumer checks, run by .ci/run after it packed every package into artifacts/packages (the feed of nuget.config):
#   - the consumer program (Program.cs) on net8.0 and on net10.0, each on its own runtime, against Expected/Program.txt;
#   - every ```csharp block of the READMEs (README.md and each package's PACKAGE.md), verbatim, as a program of
#     its own, on net8.0 and on net10.0, against Expected/<file>-<n>.txt;
#   - the program published with native AOT (Aot/), against Expected/Program.txt.
# One line per check, "ok: …" or "not ok: …"; exit code non-zero when a check failed.
# Usage: tests/Consumer/check.sh [--trimmed | --no-aot]
set -uo pipefail
cd "$(dirname "$0")"
root=../..
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$root/Directory.Build.props")
log=$root/artifacts/consumer-logs
mkdir -p "$log" obj/readme
failures=0

ok() { echo "ok: $*"; }
not_ok() { echo "not ok: $*"; failures=$((failures + 1)); }

# Runs the two builds of one program (net8.0, net10.0) and compares their output with an expected file. The first
# line the consumer program prints names the runtime; the README blocks print only what the README shows.
run_both() {
  local name=$1 expected=$2 bin=$3 runtime_line=$4
  for tf in net8.0 net10.0; do
    local out="$log/$name.$tf.txt"
    if ! "$bin/$tf/linux-x64/Consumer" > "$out" 2>&1; then
      not_ok "$name on $tf exits non-zero (see $out)"
      continue
    fi
    if [ "$runtime_line" = yes ]; then
      local major=${tf#net}; major=${major%.0}
      if [ "$(head -n 1 "$out")" != "runtime $major" ]; then
        not_ok "$name on $tf ran on another runtime: $(head -n 1 "$out")"
        continue
      fi
      tail -n +2 "$out" > "$out.body"
    else
      cp "$out" "$out.body"
    fi
    if diff -u "$expected" "$out.body" > "$out.diff"; then
      ok "$name on $tf prints what $expected says"
    else
      not_ok "$name on $tf: output differs from $expected"; cat "$out.diff"
    fi
  done
}

# The consumer program.
if dotnet build -c Release -p:ZkVersion="$version" > "$log/program.build.log" 2>&1; then
  run_both Program Expected/Program.txt bin/Release yes
else
  tail -n 30 "$log/program.build.log"; not_ok "the consumer program does not build on net8.0 and net10.0"
fi

# The README blocks, each verbatim into obj/readme/<file>-<n>.cs.
rm -f obj/readme/*.cs
for doc in README.md src/Zk.Domain/PACKAGE.md src/Zk.Domain.FluentValidation/PACKAGE.md src/Zk.Domain.ICalendar/PACKAGE.md \
    src/Zk.Domain.OpenRaadsinformatie/PACKAGE.md; do
  prefix=$(basename "$(dirname "$root/$doc")")-$(basename "$doc" .md)
  [ "$doc" = README.md ] && prefix=README
  awk -v dir=obj/readme -v prefix="$prefix" '
    /^```csharp[ \t]*$/ { n++; file = dir "/" prefix "-" n ".cs"; printf "" > file; inside = 1; next }
    /^```/ && inside { inside = 0; close(file); next }
    inside { print >> file }
  ' "$root/$doc"
done
blocks=(obj/readme/*.cs)
for expected in Expected/*.txt; do
  name=$(basename "$expected" .txt)
  [ "$name" = Program ] || [ -f "obj/readme/$name.cs" ] || not_ok "$expected belongs to no README block"
done
for block in "${blocks[@]}"; do
  name=$(basename "$block" .cs)
  if [ ! -f "Expected/$name.txt" ]; then
    not_ok "README block $name has no Expected/$name.txt"
    continue
  fi
  if dotnet build -c Release --no-restore -p:ZkVersion="$version" -p:ZkBlock="$name" > "$log/$name.build.log" 2>&1; then
    run_both "$name" "Expected/$name.txt" "bin/blocks/$name/Release" no
  else
    grep -E "error|warning" "$log/$name.build.log" | sort -u | head -n 20
    not_ok "README block $name does not compile on its own (net8.0 and net10.0)"
  fi
done

# Native AOT; with --trimmed (where the native toolchain cannot be had) a trimmed self-contained publish instead.
if [ "${1:-}" = --trimmed ]; then
  if dotnet publish Aot/Aot.csproj -c Release -p:ZkVersion="$version" -p:PublishAot=false -p:PublishTrimmed=true -p:SelfContained=true \
      -o "$root/artifacts/consumer-trimmed" > "$log/trimmed.publish.log" 2>&1 && ! grep -q "warning" "$log/trimmed.publish.log" \
      && "$root/artifacts/consumer-trimmed/Aot" > "$log/trimmed.txt" 2>&1 && [ "$(head -n 1 "$log/trimmed.txt")" = "runtime 10" ] \
      && tail -n +2 "$log/trimmed.txt" | diff -u Expected/Program.txt - > "$log/trimmed.diff"; then
    ok "the trimmed consumer publishes without warnings and prints what Expected/Program.txt says"
  else
    grep -E "error|warning" "$log/trimmed.publish.log" | sort -u | head -n 20
    not_ok "the trimmed consumer does not publish cleanly or prints something else"
  fi
elif [ "${1:-}" != --no-aot ]; then
  if dotnet publish Aot/Aot.csproj -c Release -p:ZkVersion="$version" -o "$root/artifacts/consumer-aot" > "$log/aot.publish.log" 2>&1 \
      && ! grep -q "warning" "$log/aot.publish.log"; then
    if "$root/artifacts/consumer-aot/Aot" > "$log/aot.txt" 2>&1 && [ "$(head -n 1 "$log/aot.txt")" = "runtime 10" ] \
        && tail -n +2 "$log/aot.txt" | diff -u Expected/Program.txt - > "$log/aot.diff"; then
      ok "the native AOT consumer publishes without warnings and prints what Expected/Program.txt says"
    else
      not_ok "the native AOT consumer: wrong output or exit code"; cat "$log/aot.txt" "$log/aot.diff" 2>/dev/null | head -n 20
    fi
  else
    grep -E "error|warning" "$log/aot.publish.log" | sort -u | head -n 20
    not_ok "the native AOT consumer does not publish cleanly"
  fi
fi

[ "$failures" -eq 0 ]
