#!/usr/bin/env bash
# Runs `ciudata validate` on each file given and exits 1 when any has errors (2 when one cannot be read).
# Used by the GitHub Action (action.yml, with --github) and by the pre-commit hook (.pre-commit-hooks.yaml).
#
#   validate-files.sh [--github] file…
#
# --github   print GitHub annotations (`validate --format github`) and, when GITHUB_STEP_SUMMARY is set,
#            append each file's Markdown report to the job summary (the file is read a second time).
# Environment:
#   CIUDATA_COMMAND or CIUDATA_BIN   the CLI to run (default: npx -y @ciudata/cli@$CIUDATA_VERSION)
#   CIUDATA_VERSION                  the published version npx installs (default: latest)
#   CIUDATA_PROFILE, CIUDATA_SCHEMA  passed as --profile / --schema when set
#   CIUDATA_ARGS                     more arguments for validate (e.g. --skip-errors blank-row)
#   CIUDATA_LANG                     es (default), en or pt
set -uo pipefail

github=0
if [ "${1:-}" = "--github" ]; then
  github=1
  shift
fi

read -r -a bin <<<"${CIUDATA_COMMAND:-${CIUDATA_BIN:-npx -y @ciudata/cli@${CIUDATA_VERSION:-latest}}}"
args=(--lang "${CIUDATA_LANG:-es}")
[ -n "${CIUDATA_PROFILE:-}" ] && args+=(--profile "$CIUDATA_PROFILE")
[ -n "${CIUDATA_SCHEMA:-}" ] && args+=(--schema "$CIUDATA_SCHEMA")
read -r -a extra <<<"${CIUDATA_ARGS:-}"
args+=("${extra[@]}")
summary="${GITHUB_STEP_SUMMARY:-}"

worst=0
checked=0
for file in "$@"; do
  [ -z "$file" ] && continue
  checked=$((checked + 1))
  if [ "$github" = 1 ]; then
    err="$(mktemp)"
    "${bin[@]}" validate "$file" "${args[@]}" --format github 2>"$err"
    code=$?
    if [ "$code" -ge 2 ]; then
      # Unreadable file or bad option: the CLI's message, as one annotation (newlines escaped).
      message="$(sed -e 's/%/%25/g' "$err" | awk 'NF' | head -n 1)"
      echo "::error file=${file},title=ciudata validate::${message}"
      cat "$err" >&2
    fi
    rm -f "$err"
    if [ -n "$summary" ]; then
      {
        echo "## \`${file}\`"
        echo
        if [ "$code" -ge 2 ]; then
          echo "ciudata validate: exit $code (see the log)."
        else
          "${bin[@]}" validate "$file" "${args[@]}" --format md 2>/dev/null | sed -e 's/^#/##/'
        fi
        echo
      } >>"$summary"
    fi
  else
    "${bin[@]}" validate "$file" "${args[@]}"
    code=$?
  fi
  [ "$code" -gt "$worst" ] && worst=$code
done

if [ "$checked" = 0 ] && [ -n "$summary" ] && [ "$github" = 1 ]; then
  echo "ciudata validate: no data file changed." >>"$summary"
fi
exit "$worst"
