#!/usr/bin/env bash
# Runs the whole Cutover test suite on a fresh Debian machine that has the .NET 10 SDK.
# Installs what the tests need and is missing (the PostgreSQL server, Knot DNS, Chromium, the official Heroku CLI from
# npm), then builds warning-free,
# checks formatting and runs every test project, the browser tests included, under a hang guard; then runs every
# benchmark once with small inputs (a smoke run: they must still work, their figures mean nothing). The integration
# tests start their own PostgreSQL; the browser tests start the host in sandbox mode and leave screenshots in their
# output directory.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

have_postgres_server() {
  [ -n "${CUTOVER_PG_BIN:-}" ] && [ -x "${CUTOVER_PG_BIN}/initdb" ] && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

if ! have_postgres_server; then
  echo "test.sh: installing the PostgreSQL server (Debian package 'postgresql')"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
# The DNS tests start their own Knot DNS server (knotd) on a loopback port. The package's system service is
# stopped and disabled right after installing it, so nothing else ends up listening on port 53.
if ! command -v knotd >/dev/null 2>&1 && [ ! -x /usr/sbin/knotd ]; then
  echo "test.sh: installing Knot DNS (Debian package 'knot')"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq knot >/dev/null
  if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    as_root systemctl disable --now knot >/dev/null 2>&1 || true
  fi
fi
# The browser tests drive Debian's Chromium through Playwright (Playwright downloads no browser of its own).
if [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: installing Chromium (Debian package 'chromium') for the browser tests"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# The official Heroku CLI (npm 'heroku', pinned) drives a hand-made migration against the Heroku simulator
# (tests/Cutover.IntegrationTests/Heroku/Cli). It needs Node.js 20 or later; it is installed under .tools/heroku-cli.
heroku_cli_version=11.10.0
if ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: installing Node.js and npm (Debian packages 'nodejs', 'npm') for the Heroku CLI tests"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "test.sh: the Heroku CLI $heroku_cli_version needs Node.js 20 or later; this machine has $(node --version)" >&2
  exit 1
fi
if [ "$(.tools/heroku-cli/node_modules/.bin/heroku --version 2>/dev/null | grep -o "heroku/$heroku_cli_version")" != "heroku/$heroku_cli_version" ]; then
  echo "test.sh: installing the Heroku CLI $heroku_cli_version (npm) under .tools/heroku-cli"
  npm install --prefix .tools/heroku-cli --no-audit --no-fund --loglevel=error "heroku@$heroku_cli_version" >/dev/null
fi
# As root, the tests run initdb as the 'postgres' user, which the package creates.
if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
  echo "test.sh: running as root needs the 'postgres' user (apt-get install postgresql creates it)" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet restore Bot.sln
dotnet build Bot.sln --no-restore -c Release -warnaserror
dotnet format Bot.sln --no-restore --verify-no-changes
# The hang guard: a test that runs for 5 minutes (the longest takes under 1.5 on a busy 2-core machine) is stopped, a
# mini dump of the test host is written outside the repository, and the run fails naming the test that hung.
results="${TMPDIR:-/tmp}/cutover-test-results"
dotnet test Bot.sln --no-build -c Release --logger "console;verbosity=normal" \
  --blame-hang-timeout 5m --blame-hang-dump-type mini --results-directory "$results"
# Every benchmark once (BenchmarkDotNet's dry job in-process, the load harnesses with --smoke); fails if one throws.
timeout 15m dotnet run --project tests/Cutover.Benchmarks -c Release --no-build -- smoke
