#!/usr/bin/env bash
# Adds a migration to both providers' sets and regenerates both compiled models, with the dotnet-ef local tool
# (.config/dotnet-tools.json). Usage: tools/add-migration.sh <MigrationName>
#   tools/add-migration.sh --compiled-model   regenerates the compiled models alone.
set -euo pipefail
cd "$(dirname "$0")/../src/Cutover.Infrastructure"
[ $# -eq 1 ] || { echo "usage: $0 <MigrationName> | --compiled-model" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet build >/dev/null
for provider in Sqlite Postgres; do
  if [ "$1" != --compiled-model ]; then
    dotnet ef migrations add "$1" --no-build --context "${provider}CutoverDbContext" --output-dir "Migrations/$provider" \
      --namespace "Cutover.Infrastructure.Migrations.$provider"
    dotnet build >/dev/null
  fi
  dotnet ef dbcontext optimize --no-build --context "${provider}CutoverDbContext" --output-dir "CompiledModels/$provider" \
    --namespace "Cutover.Infrastructure.CompiledModels.$provider"
done
