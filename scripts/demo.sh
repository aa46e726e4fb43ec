#!/usr/bin/env bash
# Set everything up (system packages, .venv) and open Routekaart on the bundled demo roadmap.
# Without a display it exports the demo to DOCX, PDF, PNG and JSON and prints the paths.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/routekaart --demo "$@"
