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
# LibreOffice's own format (.ods) from the same sources, plus one with the
# features only OpenDocument has (repeat counts, hidden sheets, annotations).
soffice --headless --convert-to ods --outdir "$work" "$here/libreoffice-certificates.fods" \
    "$here/libreoffice-1904.fods" "$here/libreoffice-features.fods"
/usr/bin/python3 "$here/make-encrypted.py" "$here/libreoffice-1904.fods" \
    "$work/libreoffice-encrypted.xlsx"
/usr/bin/python3 "$here/make-encrypted.py" "$here/libreoffice-1904.fods" \
    "$work/libreoffice-encrypted.ods"

cp "$work/libreoffice-certificates.xlsx" "$work/libreoffice-1904.xlsx" \
    "$work/libreoffice-encrypted.xlsx" "$here/"
cp "$work/libreoffice-certificates.ods" "$work/libreoffice-1904.ods" \
    "$work/libreoffice-features.ods" "$work/libreoffice-encrypted.ods" "$here/"
cp "$work/libreoffice-1904.xls" "$here/libreoffice-legacy.xls"
