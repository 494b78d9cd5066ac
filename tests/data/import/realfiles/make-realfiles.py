#!/usr/bin/python3
"""Regenerates the reader-defect fixtures in this folder (see README.md).

Run with Debian's python (needs python3-openpyxl and python3-xlsxwriter):

    /usr/bin/python3 make-realfiles.py                 # every committed fixture
    /usr/bin/python3 make-realfiles.py --libreoffice   # also re-save ods-with-mimetype.ods
                                                       # with soffice (libreoffice-calc-nogui)
    /usr/bin/python3 make-realfiles.py --huge-realistic OUT.xlsx
                                                       # the ~57 MB sheet as Excel would
                                                       # write it (r="A2" references); ~5.7 MB
                                                       # packed, so it is not committed

Everything is deterministic: every zip entry is dated 2026-01-01 00:00:00 and
docProps/core.xml carries fixed dates, so a second run gives the same bytes.
ods-with-mimetype.ods is LibreOffice's own output and differs on every save (meta.xml,
settings.xml); it is only rewritten with --libreoffice, and ods-without-mimetype.ods is
always derived from the committed copy.
"""

import argparse
import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
ZIP_DATE = (2026, 1, 1, 0, 0, 0)
FIXED_DT = datetime.datetime(2026, 1, 1, 0, 0, 0)
HEADER = ["Ansattnr", "Sertifikat", "Sertifikatnr", "Utstedt", "Gyldig til", "Merknad"]


# --------------------------------------------------------------------------- helpers

def out(name):
    return os.path.join(HERE, name)


def write_bytes(name, data):
    with open(out(name), "wb") as f:
        f.write(data)


def zip_bytes(entries, compress=zipfile.ZIP_DEFLATED):
    """entries: list of (name, bytes) or (name, bytes, compress_type), in archive order."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for entry in entries:
            name, data = entry[0], entry[1]
            ctype = entry[2] if len(entry) > 2 else compress
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = ctype
            info.create_system = 0  # as Excel and LibreOffice write it: FAT, no Unix modes
            info.external_attr = 0
            z.writestr(info, data, compresslevel=6 if ctype == zipfile.ZIP_DEFLATED else None)
    return bio.getvalue()


def renormalize(data, patch=None):
    """Re-zips a workbook written by XlsxWriter/openpyxl entry by entry (same order, same
    compression), dated 2026-01-01, with fixed dcterms dates in docProps/core.xml.
    patch(name, bytes) -> bytes may rewrite a part."""
    entries = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            part = z.read(info.filename)
            if info.filename == "docProps/core.xml":
                part = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2026-01-01T00:00:00Z\g<3>", part)
            if patch:
                part = patch(info.filename, part)
            entries.append((info.filename, part, info.compress_type))
    return zip_bytes(entries)


def serial_1900(d, ms_of_day=0):
    """The exact Excel serial (1900 system, epoch 1899-12-30) as the nearest double."""
    days = (d - datetime.date(1899, 12, 30)).days
    return float(Fraction(days) + Fraction(ms_of_day, 86_400_000))


def serial_1904(d):
    return (d - datetime.date(1904, 1, 1)).days


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


XML_DECL = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# ----------------------------------------------------------- a. excel365-mac-1904.xlsx
# Written by hand, part by part as Excel 365 for Mac (16.x) saves a workbook whose
# "Use 1904 date system" box is ticked. The point: <workbookPr date1904="1"/> in the
# main namespace, and after it, inside <extLst>, Excel's own x15:workbookPr, which has
# no date1904 attribute. A reader matching on the local name "workbookPr" alone reads
# the second one last and falls back to the 1900 system (dates four years off).
# Excel also writes xl/theme/theme1.xml; it is left out (7 KB, nothing reads it).

def excel365_mac_1904():
    issued = serial_1904(datetime.date(2026, 1, 15))
    valid = serial_1904(datetime.date(2028, 1, 15))
    assert (issued, valid) == (44575, 45305)
    strings = HEADER + ["Byggekort", "BK-1", "1904 fra Excel 365 Mac"]
    sst = (XML_DECL + (
        f'<sst xmlns="{MAIN_NS}" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>").encode())

    content_types = XML_DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>').encode()

    rels = XML_DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>').encode()

    workbook = XML_DECL + (
        f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
        'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
        'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
        'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
        'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
        'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
        '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28526"/>'
        '<workbookPr date1904="1" defaultThemeVersion="166925"/>'
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="x15"><x15ac:absPath url="/Users/ola/Documents/" '
        'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice>'
        '</mc:AlternateContent>'
        '<xr:revisionPtr revIDLastSave="0" documentId="8_{6A1B2C3D-4E5F-4A6B-9C7D-8E9F0A1B2C3D}" '
        'xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" '
        'xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/>'
        '<bookViews><workbookView xWindow="0" yWindow="500" windowWidth="28800" windowHeight="16000" '
        'xr2:uid="{2F1E0D3C-5B4A-4C6D-8E7F-9A0B1C2D3E4F}"/></bookViews>'
        '<sheets><sheet name="Sertifikater" sheetId="1" r:id="rId1"/></sheets>'
        '<calcPr calcId="191029"/>'
        '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" '
        'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
        '<x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>'
        '</workbook>').encode()

    workbook_rels = XML_DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>').encode()

    styles = XML_DECL + (
        f'<styleSheet xmlns="{MAIN_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
        'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
        'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
        '<fonts count="1" x14ac:knownFonts="1"><font><sz val="12"/><color theme="1"/>'
        '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" '
        'defaultPivotStyle="PivotStyleLight16"/>'
        '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        '<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>'
        '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" '
        'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
        '<x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst>'
        '</styleSheet>').encode()

    def s(ref, idx):
        return f'<c r="{ref}" t="s"><v>{idx}</v></c>'

    sheet = XML_DECL + (
        f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
        'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
        'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
        'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
        'xr:uid="{5C0D9E8F-1A2B-4C3D-8E4F-5A6B7C8D9E0F}">'
        '<dimension ref="A1:F2"/>'
        '<sheetViews><sheetView tabSelected="1" workbookViewId="0">'
        '<selection activeCell="F3" sqref="F3"/></sheetView></sheetViews>'
        '<sheetFormatPr baseColWidth="10" defaultRowHeight="16" x14ac:dyDescent="0.2"/>'
        '<cols><col min="4" max="5" width="11.1640625" bestFit="1" customWidth="1"/>'
        '<col min="6" max="6" width="20.83203125" bestFit="1" customWidth="1"/></cols>'
        '<sheetData>'
        '<row r="1" spans="1:6" x14ac:dyDescent="0.2">'
        + "".join(s(f"{c}1", i) for i, c in enumerate("ABCDEF")) +
        '</row>'
        '<row r="2" spans="1:6" x14ac:dyDescent="0.2">'
        '<c r="A2"><v>1042</v></c>' + s("B2", 6) + s("C2", 7) +
        f'<c r="D2" s="1"><v>{issued}</v></c><c r="E2" s="1"><v>{valid}</v></c>' + s("F2", 8) +
        '</row></sheetData>'
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '</worksheet>').encode()

    core = XML_DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>Ola Nordmann</dc:creator><cp:lastModifiedBy>Ola Nordmann</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>'
        '</cp:coreProperties>').encode()

    app = XML_DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<Application>Microsoft Macintosh Excel</Application><DocSecurity>0</DocSecurity>'
        '<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">'
        '<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>'
        '</vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr">'
        '<vt:lpstr>Sertifikater</vt:lpstr></vt:vector></TitlesOfParts><Company></Company>'
        '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
        '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
        ).encode()

    write_bytes("excel365-mac-1904.xlsx", zip_bytes([
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", workbook_rels),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/styles.xml", styles),
        ("xl/sharedStrings.xml", sst),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
    ]))


# ----------------------------------------------------------- b. late-in-the-day.xlsx
# XlsxWriter. "Gyldig til" holds date-times a hair before midnight. XlsxWriter prints
# numbers with "%.16G", which does not round-trip these doubles (46402.999994212965 comes
# out as 46402.99999421297), so the sheet's <v> texts are replaced afterwards by Python's
# shortest round-trip form (17 digits, as Excel itself writes such values).

LATE_ROWS = [
    # employee, valid-until date, milliseconds after midnight
    (1042, datetime.date(2027, 1, 15), 86_399_500),   # 23:59:59.5
    (1043, datetime.date(2027, 1, 15), 86_399_999),   # 23:59:59.999
    (1044, datetime.date(9999, 12, 31), 86_399_999),  # 23:59:59.999 on Excel's last day
    (1045, datetime.date(2027, 1, 15), 43_200_000),   # 12:00:00
]


def late_in_the_day():
    import xlsxwriter
    bio = io.BytesIO()
    wb = xlsxwriter.Workbook(bio, {"in_memory": True})
    wb.set_properties({"created": FIXED_DT})
    ws = wb.add_worksheet("Sertifikater")
    date_fmt = wb.add_format({"num_format": "dd.mm.yyyy"})
    dt_fmt = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    ws.write_row(0, 0, HEADER)
    issued = serial_1900(datetime.date(2026, 1, 15))
    exact = {}
    for i, (emp, d, ms) in enumerate(LATE_ROWS, start=1):
        valid = serial_1900(d, ms)
        exact["%.16G" % valid] = repr(valid)
        ws.write_number(i, 0, emp)
        ws.write_string(i, 1, "Byggekort")
        ws.write_string(i, 2, f"BK-{i}")
        ws.write_number(i, 3, issued, date_fmt)
        ws.write_number(i, 4, valid, dt_fmt)
        ws.write_string(i, 5, f"{d.isoformat()} + {ms} ms")
    ws.set_column(3, 3, 11)
    ws.set_column(4, 4, 20)
    wb.close()

    def patch(name, part):
        if name.startswith("xl/worksheets/"):
            for short, full in exact.items():
                part = part.replace(f"<v>{short}</v>".encode(), f"<v>{full}</v>".encode())
        return part
    write_bytes("late-in-the-day.xlsx", renormalize(bio.getvalue(), patch))


# ------------------------------------------------------ c. ods-(with|without)-mimetype.ods
# ods-certificates.fods is the source; LibreOffice Calc converts it to
# ods-with-mimetype.ods (only with --libreoffice). ods-without-mimetype.ods is the same
# archive with its first entry, the stored "mimetype", left out: LibreOffice still opens it.

def ods_with_mimetype_from_libreoffice():
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("--libreoffice needs soffice (apt-get install libreoffice-calc-nogui)")
    with tempfile.TemporaryDirectory() as work:
        env = dict(os.environ, HOME=work)  # a throwaway LibreOffice profile
        subprocess.run([soffice, "--headless", "--convert-to", "ods", "--outdir", work,
                        out("ods-certificates.fods")], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, "ods-certificates.ods"), out("ods-with-mimetype.ods"))


def ods_without_mimetype():
    entries = []
    with zipfile.ZipFile(out("ods-with-mimetype.ods")) as z:
        names = z.namelist()
        assert names[0] == "mimetype", names[:3]
        for info in z.infolist():
            if info.filename != "mimetype":
                entries.append((info.filename, z.read(info.filename), info.compress_type))
    write_bytes("ods-without-mimetype.ods", zip_bytes(entries))


# ----------------------------------------------------------------- CSV text
CSV_ROWS = [
    ["1042", "Byggekort", "BK-1", "15.01.2026", "15.01.2028", "Kurs på Ørsta"],
    ["1043", "Truckførerbevis", "T-1", "01.06.2025", "01.06.2027", ""],
]


def csv_text(rows=CSV_ROWS, sep=";", eol="\r\n"):
    return "".join(sep.join(r) + eol for r in [HEADER] + rows)


# ----------------------------------------------------------------- d. zip-with-csv
# Python zipfile: a plain zip whose only entry is a valid CSV; the .xlsx is the same bytes.

def zip_with_csv():
    data = zip_bytes([("sertifikater.csv", csv_text().encode("utf-8"))])
    write_bytes("zip-with-csv.zip", data)
    write_bytes("zip-with-csv.xlsx", data)


# ------------------------------------------------- e. empty-first-sheet / no-table-sheets

def empty_first_sheet():
    # XlsxWriter: "Forside" has no cells at all (<dimension ref="A1"/><sheetData/>).
    import xlsxwriter
    bio = io.BytesIO()
    wb = xlsxwriter.Workbook(bio, {"in_memory": True})
    wb.set_properties({"created": FIXED_DT})
    wb.add_worksheet("Forside")
    ws = wb.add_worksheet("Data")
    date_fmt = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_row(0, 0, HEADER)
    for r, row in enumerate(CSV_ROWS, start=1):
        ws.write_number(r, 0, int(row[0]))
        ws.write_string(r, 1, row[1])
        ws.write_string(r, 2, row[2])
        for c in (3, 4):
            d = datetime.datetime.strptime(row[c], "%d.%m.%Y").date()
            ws.write_number(r, c, serial_1900(d), date_fmt)
        if row[5]:
            ws.write_string(r, 5, row[5])
    wb.close()
    write_bytes("empty-first-sheet.xlsx", renormalize(bio.getvalue()))


def no_table_sheets():
    # openpyxl: "Forside" holds only a title in A1; "Notater" and "Tomt" have no cells.
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    ws.title = "Forside"
    ws["A1"] = "Sertifikatoversikt"
    wb.create_sheet("Notater")
    wb.create_sheet("Tomt")
    bio = io.BytesIO()
    wb.save(bio)
    write_bytes("no-table-sheets.xlsx", renormalize(bio.getvalue()))


# ------------------------------------------------------ f. formula-no-cached-value.xlsx
# openpyxl writes a formula as <c><f>...</f><v></v></c>: an empty <v>, no saved result.
# formula-no-v-element.xlsx is derived from it with the <v></v> removed.

def formula_no_cached_value():
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    ws.title = "Sertifikater"
    ws.append(HEADER)
    ws.append(['="10"&"42"', "Byggekort", "BK-1", datetime.datetime(2026, 1, 15),
               datetime.datetime(2028, 1, 15), '="Merk: "&B2'])
    ws.append([1043, "Truckførerbevis", "T-1", datetime.datetime(2025, 6, 1),
               datetime.datetime(2027, 6, 1), "Uten formel"])
    for row in ws.iter_rows(min_row=2, min_col=4, max_col=5):
        for cell in row:
            cell.number_format = "dd.mm.yyyy"
    bio = io.BytesIO()
    wb.save(bio)
    data = renormalize(bio.getvalue())
    write_bytes("formula-no-cached-value.xlsx", data)

    # The same workbook with the empty <v></v> after each <f> removed: <c><f>..</f></c>, as
    # writers other than openpyxl leave a formula without any result element.
    def drop_empty_v(name, part):
        if name.startswith("xl/worksheets/"):
            stripped = part.replace(b"</f><v></v></c>", b"</f></c>")
            assert stripped.count(b"</f></c>") == 2
            return stripped
        return part
    write_bytes("formula-no-v-element.xlsx", renormalize(data, drop_empty_v))


# ---------------------------------------------------------------- g. duration-format.xlsx
# XlsxWriter: elapsed-time formats in the Merknad column.
DURATIONS = [
    # employee, value, format, what Excel shows
    (1042, float(Fraction(255 * 3600 + 10 * 60 + 10, 86400)), "[hh]:mm:ss", "255:10:10"),
    (1043, 1.5, "[h]:mm", "36:00"),
    (1044, 0.5, "[mm]:ss", "720:00"),
    (1045, 10.632, "[hh]:mm:ss", "255:10:05"),  # 255 h 10 min 4.8 s, rounded to the second
]


def duration_format():
    import xlsxwriter
    bio = io.BytesIO()
    wb = xlsxwriter.Workbook(bio, {"in_memory": True})
    wb.set_properties({"created": FIXED_DT})
    ws = wb.add_worksheet("Sertifikater")
    date_fmt = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_row(0, 0, HEADER)
    issued = serial_1900(datetime.date(2026, 1, 15))
    valid = serial_1900(datetime.date(2028, 1, 15))
    exact = {}
    for r, (emp, value, fmt, _shown) in enumerate(DURATIONS, start=1):
        exact["%.16G" % value] = repr(value)
        ws.write_number(r, 0, emp)
        ws.write_string(r, 1, "Byggekort")
        ws.write_string(r, 2, f"BK-{r}")
        ws.write_number(r, 3, issued, date_fmt)
        ws.write_number(r, 4, valid, date_fmt)
        ws.write_number(r, 5, value, wb.add_format({"num_format": fmt}))
    wb.close()

    def patch(name, part):
        if name.startswith("xl/worksheets/"):
            for short, full in exact.items():
                part = part.replace(f"<v>{short}</v>".encode(), f"<v>{full}</v>".encode())
        return part
    write_bytes("duration-format.xlsx", renormalize(bio.getvalue(), patch))


# ------------------------------------------------------- h. repeated-strings-57mb.xlsx
# Python zipfile/zlib, level 6. A certificates table whose data rows are byte-for-byte
# identical: <row> and <c> without the optional r="..." references (as several writers
# other than Excel omit them), shared strings. ~57 MB of sheet XML packs to ~221 KB:
# 258:1. With r="A2" references (--huge-realistic, as Excel writes) the same table
# packs only ~12:1 (~5.7 MB), too big to commit.

HUGE_TARGET = 57_000_000


def huge_workbook(with_refs):
    strings = HEADER + ["Byggekort", "BK-1", "Kurs gjennomført hos leverandør"]
    sst = (XML_DECL + (
        f'<sst xmlns="{MAIN_NS}" count="{len(strings)}" uniqueCount="{len(strings)}">'
        + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>").encode())

    def row(r):
        def ref(col):
            return f' r="{col}{r}"' if with_refs else ""
        rr = f' r="{r}"' if with_refs else ""
        if r == 1:
            return (f'<row{rr}>' + "".join(f'<c{ref(c)} t="s"><v>{i}</v></c>'
                                           for i, c in enumerate("ABCDEF")) + "</row>")
        return (f'<row{rr}><c{ref("A")}><v>1042</v></c><c{ref("B")} t="s"><v>6</v></c>'
                f'<c{ref("C")} t="s"><v>7</v></c><c{ref("D")} s="1"><v>46037</v></c>'
                f'<c{ref("E")} s="1"><v>46767</v></c><c{ref("F")} t="s"><v>8</v></c></row>')

    head = (XML_DECL + f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheetData>'.encode())
    tail = b"</sheetData></worksheet>"
    parts = [head, row(1).encode()]
    size = len(head) + len(parts[1]) + len(tail)
    r = 2
    while size < HUGE_TARGET:
        b = row(r).encode()
        parts.append(b)
        size += len(b)
        r += 1
    parts.append(tail)
    sheet = b"".join(parts)

    content_types = XML_DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>').encode()
    rels = XML_DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>').encode()
    workbook = XML_DECL + (
        f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><workbookPr/>'
        '<sheets><sheet name="Sertifikater" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()
    workbook_rels = XML_DECL + (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '</Relationships>').encode()
    styles = XML_DECL + (
        f'<styleSheet xmlns="{MAIN_NS}">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>').encode()
    data = zip_bytes([
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", workbook_rels),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/styles.xml", styles),
        ("xl/sharedStrings.xml", sst),
    ])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
        stats = (r - 2, info.file_size, info.compress_size, len(data))
    return data, stats


def report_huge(name, stats):
    rows, size, packed, total = stats
    print(f"{name}: {rows} data rows, sheet1.xml {size} bytes unpacked, {packed} packed "
          f"({size / packed:.1f}:1), file {total} bytes")


# ------------------------------------------------------------ j/k/l. CSV encodings

def csv_files():
    text = csv_text()
    write_bytes("utf16le-nobom.csv", text.encode("utf-16-le"))
    write_bytes("utf16be-nobom.csv", text.encode("utf-16-be"))
    write_bytes("utf32le-bom.csv", b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))
    write_bytes("utf32be-bom.csv", b"\x00\x00\xfe\xff" + text.encode("utf-32-be"))

    rows = [list(r) for r in CSV_ROWS]
    rows[0][0] = "1\x00042"
    write_bytes("nul-inside-value.csv", csv_text(rows).encode("utf-8"))
    write_bytes("nul-padding.csv", text.encode("utf-8") + b"\x00" * 4096)

    write_bytes("quoted-crlf.csv", (
        "employeeNumber,certificateType,issuedDateTime,validUntilDateTime,notes\r\n"
        '1042,Byggekort,2026-01-15,2028-01-15,"Linje 1\r\nLinje 2"\r\n').encode("utf-8"))


# --------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--libreoffice", action="store_true",
                    help="re-save ods-with-mimetype.ods from ods-certificates.fods with soffice")
    ap.add_argument("--huge-realistic", metavar="OUT",
                    help="write the ~57 MB sheet with r= references (not committed) to OUT")
    args = ap.parse_args()

    excel365_mac_1904()
    late_in_the_day()
    if args.libreoffice:
        ods_with_mimetype_from_libreoffice()
    ods_without_mimetype()
    zip_with_csv()
    empty_first_sheet()
    no_table_sheets()
    formula_no_cached_value()
    duration_format()
    data, stats = huge_workbook(with_refs=False)
    write_bytes("repeated-strings-57mb.xlsx", data)
    report_huge("repeated-strings-57mb.xlsx", stats)
    csv_files()
    if args.huge_realistic:
        data, stats = huge_workbook(with_refs=True)
        with open(args.huge_realistic, "wb") as f:
            f.write(data)
        report_huge(args.huge_realistic, stats)


if __name__ == "__main__":
    main()
