#!/bin/sh
# Regenerates the workbooks LibreOffice writes for the import tests from the
# .fods sources in this folder. Needs (Debian) libreoffice-calc-nogui and,
# for the encrypted one, python3-uno. The results are committed; the tests
# never run LibreOffice.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" # a throwaway LibreOffice profile

soffice --headless --convert-to xlsx --outdir "$work" \
    "$here/libreoffice-certificates.fods" "$here/libreoffice-1904.fods"
soffice --headless --convert-to xls --outdir "$work" "$here/libreoffice-1904.fods"
/usr/bin/python3 "$here/make-encrypted.py" "$here/libreoffice-1904.fods" \
    "$work/libreoffice-encrypted.xlsx"

cp "$work/libreoffice-certificates.xlsx" "$work/libreoffice-1904.xlsx" \
    "$work/libreoffice-encrypted.xlsx" "$here/"
cp "$work/libreoffice-1904.xls" "$here/libreoffice-legacy.xls"
