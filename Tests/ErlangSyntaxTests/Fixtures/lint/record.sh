#!/bin/sh
# Records what OTP 25 reports for each lint fixture (NAME.erl -> NAME.expected):
# `erlc +brief` for modules, escript's messages for escript_*.erl. Run after editing a fixture.
cd "$(dirname "$0")" || exit 1
out=$(mktemp -d)
for f in *.erl; do
    b=${f%.erl}
    case $b in
        escript_*) escript "$f" </dev/null 2>&1 >/dev/null | grep -v '^escript: ' > "$b.expected" ;;
        *) erlc +brief -o "$out" "$f" > "$b.expected" 2>&1 ;;
    esac
done
rm -rf "$out"
