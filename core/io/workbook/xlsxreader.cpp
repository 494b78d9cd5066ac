#include "xlsxreader.h"

#include "io/filesniffer.h"
#include "io/readahead.h"
#include "workbookarchive.h"
#include "xlsxsheetparser.h"
#include "xlsxxmlscanner.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>
#include <QXmlStreamReader>

#include <optional>

namespace Ditio {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxStyles = 1 << 20;

// "xl/workbook.xml" -> "xl/"
QString partDirectory(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"
QString relationshipsPart(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return partDirectory(part) + QStringLiteral("_rels/") + part.mid(slash + 1)
            + QStringLiteral(".rels");
}

// A relationship target ("worksheets/sheet1.xml", "/xl/styles.xml",
// "../media/x.png") as a part name of the archive.
QString resolveTarget(const QString &sourceDirectory, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    const QString path = decoded.startsWith(u'/') ? decoded.mid(1) : sourceDirectory + decoded;
    QStringList segments;
    for (const QString &segment : path.split(u'/')) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    return segments.join(u'/');
}

// An element of SpreadsheetML itself (transitional or strict), or of no
// namespace. Extensions in other namespaces reuse the same local names:
// Excel 365 for Mac writes <x15:workbookPr chartTrackingRefBase="1"/> after
// the real <workbookPr date1904="1"/>, which must not override it.
bool isSpreadsheetMl(const QXmlStreamReader &xml)
{
    const QStringView ns = xml.namespaceUri();
    return ns.isEmpty() || ns == u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            || ns == u"http://purl.oclc.org/ooxml/spreadsheetml/main";
}

// A zip that is no workbook, named by what it holds: "it is a zip archive
// holding sertifikater.csv, not a spreadsheet workbook. ..."
QString zipArchiveReason(const QStringList &names)
{
    constexpr qsizetype Shown = 5;
    QStringList shown;
    for (const QString &name : names.first(std::min(names.size(), Shown)))
        shown.append(u'"' + name.left(100) + u'"');
    QString held = shown.join(QStringLiteral(", "));
    if (names.size() > Shown)
        held = XlsxReader::tr("%1 and %n more file(s)", nullptr, int(names.size() - Shown))
                       .arg(held);
    if (names.isEmpty())
        return XlsxReader::tr("it is an empty zip archive, not a spreadsheet workbook.");
    // Office's other documents are zips too.
    const auto holds = [&](QLatin1StringView part) {
        return names.contains(QString(part), Qt::CaseInsensitive);
    };
    if (holds("word/document.xml"_L1)) {
        return XlsxReader::tr("it is a Word document (.docx), not a spreadsheet. Save the table "
                              "in it as an Excel workbook or CSV.");
    }
    if (holds("ppt/presentation.xml"_L1)) {
        return XlsxReader::tr("it is a PowerPoint presentation (.pptx), not a spreadsheet.");
    }
    return XlsxReader::tr("it is a zip archive holding %1, not a spreadsheet workbook. Unpack it "
                          "and open the file inside.")
            .arg(held);
}

QString dataSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes);
}

} // namespace

XlsxReader::XlsxReader(Limits limits) : WorkbookReader(limits) { }

XlsxReader::~XlsxReader()
{
    close();
}

void XlsxReader::clearPackage()
{
    m_styles.clear();
    m_sharedStrings.clear();
    m_sharedStringsPart.clear();
    m_sharedStringsLoaded = false;
}

bool XlsxReader::failScanner(const QString &part, const XlsxXmlScanner &scanner)
{
    switch (scanner.error()) {
    case XlsxXmlScanner::Error::ReadFailed:
        return failArchive();
    case XlsxXmlScanner::Error::Doctype:
        break;
    case XlsxXmlScanner::Error::None:
    case XlsxXmlScanner::Error::Malformed:
        return failXml(part,
                       QCoreApplication::translate("Ditio::XlsxXmlScanner", scanner.errorDetail()),
                       scanner.offset());
    case XlsxXmlScanner::Error::Truncated:
        return failXml(part, tr("it ends in the middle"), scanner.offset());
    case XlsxXmlScanner::Error::Encoding:
        return failXml(part, tr("it is not UTF-8 text"), scanner.offset());
    case XlsxXmlScanner::Error::TooLarge:
        return failXml(part,
                       tr("one tag, comment or text section is over %1")
                               .arg(dataSize(XlsxXmlScanner::MaxMarkupBytes)),
                       scanner.offset());
    }
    return fail(Error::XmlDoctype, doctypeReason(part));
}

bool XlsxReader::loadRelationships(const QString &part, QHash<QString, Relationship> *relationships)
{
    const QString directory = partDirectory(part).chopped(6); // without "_rels/"
    return readXmlPart(part, [&](QXmlStreamReader &xml) {
        if (xml.tokenType() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value(QLatin1String("TargetMode")) == u"External")
                return true;
            const QStringView type = attributes.value(QLatin1String("Type"));
            relationships->insert(
                    attributes.value(QLatin1String("Id")).toString(),
                    {type.mid(type.lastIndexOf(u'/') + 1).toString(),
                     resolveTarget(directory,
                                   attributes.value(QLatin1String("Target")).toString())});
        }
        return true;
    });
}

bool XlsxReader::loadWorkbook(const QString &part,
                              const QHash<QString, Relationship> &relationships)
{
    const QString directory = partDirectory(part);
    return readXmlPart(part, [&](QXmlStreamReader &xml) {
        if (xml.tokenType() != QXmlStreamReader::StartElement || !isSpreadsheetMl(xml))
            return true;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView date1904 = attributes.value(QLatin1String("date1904"));
            setDate1904(date1904 == u"1" || date1904 == u"true");
        } else if (xml.name() == u"sheet") {
            Sheet sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            const QStringView state = attributes.value(QLatin1String("state"));
            sheet.hidden = state == u"hidden" || state == u"veryHidden";
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id"
                    && attribute.namespaceUri().endsWith(u"relationships"))
                    id = attribute.value().toString();
            }
            const auto relationship = relationships.constFind(id);
            if (relationship != relationships.cend()) {
                const QString &type = relationship->type;
                if (type == u"chartsheet" || type == u"dialogsheet" || type == u"macrosheet"
                    || type == u"xlMacrosheet")
                    return true; // no table in there
                sheet.part = relationship->target;
            } else {
                // No relationship: the usual name, if the archive has it.
                const QString guess = directory + QStringLiteral("worksheets/sheet")
                        + attributes.value(QLatin1String("sheetId")).toString()
                        + QStringLiteral(".xml");
                if (archive().contains(guess))
                    sheet.part = guess;
            }
            addSheet(sheet);
        }
        return true;
    });
}

bool XlsxReader::loadStyles(const QString &part)
{
    QHash<int, XlsxNumberFormat::Style> custom;
    bool inCellFormats = false;
    return readXmlPart(part, [&](QXmlStreamReader &xml) {
        if (!isSpreadsheetMl(xml))
            return true;
        if (xml.tokenType() == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"numFmt") {
                custom.insert(
                        attributes.value(QLatin1String("numFmtId")).toInt(),
                        XlsxNumberFormat::classify(attributes.value(QLatin1String("formatCode"))));
            } else if (xml.name() == u"cellXfs") {
                inCellFormats = true;
            } else if (xml.name() == u"xf" && inCellFormats && m_styles.size() < MaxStyles) {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                const auto found = custom.constFind(id);
                m_styles.append(found != custom.cend() ? found.value()
                                                       : XlsxNumberFormat::builtin(id));
            }
        } else if (xml.tokenType() == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellFormats = false;
        }
        return true;
    });
}

bool XlsxReader::readPackage()
{
    // The workbook part: named by the package relationships, usually xl/workbook.xml.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    const QString packageRelationships = QStringLiteral("_rels/.rels");
    if (archive().contains(packageRelationships)) {
        QHash<QString, Relationship> relationships;
        if (!loadRelationships(packageRelationships, &relationships))
            return false;
        for (const Relationship &relationship : std::as_const(relationships)) {
            if (relationship.type == u"officeDocument")
                workbookPart = relationship.target;
        }
    }
    if (workbookPart.endsWith(u".bin", Qt::CaseInsensitive)) {
        return fail(Error::BinaryWorkbook,
                    tr("it is an Excel binary workbook (.xlsb), which cannot be read. Open it in "
                       "Excel and save it as an Excel workbook (.xlsx)."));
    }
    if (!archive().contains(workbookPart)) {
        // An OpenDocument package names its kind in a mimetype part, or in its
        // manifest when the mimetype part is missing (LibreOffice opens such
        // files): OdsReader reads spreadsheets and says what the other kinds are.
        if (archive().contains(QStringLiteral("mimetype"))
            || (archive().contains(QStringLiteral("content.xml"))
                && archive().contains(QStringLiteral("META-INF/manifest.xml")))) {
            return fail(Error::OpenDocument,
                        tr("it is an OpenDocument file (such as .ods), not an Excel "
                           "workbook."));
        }
        if (archive().containsPrefix(QStringLiteral("xl/"))
            || archive().contains(QStringLiteral("[Content_Types].xml"))) {
            return fail(Error::MissingWorkbook,
                        tr("the part that lists its sheets (%1) is missing; the file is damaged.")
                                .arg(workbookPart));
        }
        return fail(Error::NotWorkbook, zipArchiveReason(archive().partNames()));
    }

    QHash<QString, Relationship> relationships;
    const QString workbookRelationships = relationshipsPart(workbookPart);
    if (archive().contains(workbookRelationships)
        && !loadRelationships(workbookRelationships, &relationships)) {
        return false;
    }
    if (!loadWorkbook(workbookPart, relationships))
        return false;
    if (sheets().isEmpty())
        return fail(Error::NoSheets, tr("the workbook has no worksheets."));

    // Styles and shared strings: by relationship, else by their usual names.
    const QString directory = partDirectory(workbookPart);
    QString stylesPart = directory + QStringLiteral("styles.xml");
    m_sharedStringsPart = directory + QStringLiteral("sharedStrings.xml");
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.type == u"styles")
            stylesPart = relationship.target;
        else if (relationship.type == u"sharedStrings")
            m_sharedStringsPart = relationship.target;
    }
    if (archive().contains(stylesPart) && !loadStyles(stylesPart))
        return false;
    setMetadataBytes(archive().totalRead());
    return true;
}

bool XlsxReader::loadSharedStrings(const std::atomic_bool *cancel)
{
    if (m_sharedStringsLoaded)
        return true;
    archive().setTotalRead(metadataBytes());
    if (archive().contains(m_sharedStringsPart)) {
        if (archive().openPart(m_sharedStringsPart) != WorkbookArchive::Status::Ok)
            return failArchive();
        WorkbookArchive *package = &archive();
        // Unpacked while parsed, as the sheet is (readSheetRows()).
        std::optional<ReadAhead> unpacked;
        unpacked.emplace([package](char *data, qint64 size) { return package->read(data, size); });
        XlsxXmlScanner scanner([&](char *data, qint64 size) { return unpacked->read(data, size); });
        const XlsxSharedStrings::Status status =
                m_sharedStrings.load(&scanner, limits().maxSharedStrings, cancel);
        unpacked.reset();
        archive().closePart();
        switch (status) {
        case XlsxSharedStrings::Status::Ok:
            break;
        case XlsxSharedStrings::Status::XmlError:
            m_sharedStrings.clear();
            return failScanner(m_sharedStringsPart, scanner);
        case XlsxSharedStrings::Status::InvalidUtf8:
            m_sharedStrings.clear();
            return failXml(m_sharedStringsPart, tr("text that is not UTF-8"), scanner.offset());
        case XlsxSharedStrings::Status::TooMany:
            m_sharedStrings.clear();
            return fail(Error::TooManyStrings,
                        tr("it has more than %1 different texts, more than it may have; it was "
                           "refused as a possible attack on memory.")
                                .arg(limits().maxSharedStrings));
        case XlsxSharedStrings::Status::Cancelled:
            m_sharedStrings.clear();
            return fail(Error::Cancelled, tr("reading was cancelled."));
        }
    }
    setMetadataBytes(archive().totalRead());
    m_sharedStringsLoaded = true;
    return true;
}

bool XlsxReader::readSheetRows(int /*index*/, const Sheet &sheet, const RowHandler &onRow,
                               const std::atomic_bool *cancel)
{
    if (sheet.part.isEmpty()) {
        return fail(Error::MissingSheetPart,
                    tr("the workbook does not say where the data of sheet \"%1\" is stored; the "
                       "file is damaged.")
                            .arg(sheet.name));
    }
    if (!archive().contains(sheet.part)) {
        return fail(Error::MissingSheetPart,
                    tr("the data of sheet \"%1\" (%2) is missing from the file; the file is "
                       "damaged.")
                            .arg(sheet.name, sheet.part));
    }
    if (!loadSharedStrings(cancel))
        return false;

    archive().setTotalRead(metadataBytes());
    if (archive().openPart(sheet.part) != WorkbookArchive::Status::Ok)
        return failArchive();
    WorkbookArchive *package = &archive();
    const qint64 total = package->declaredSize(sheet.part);
    qint64 done = 0;
    // Unpacked on a thread of its own while this one parses: a sheet is about
    // as slow to inflate as to parse.
    std::optional<ReadAhead> unpacked;
    unpacked.emplace([package](char *data, qint64 size) { return package->read(data, size); });
    XlsxXmlScanner scanner([&](char *data, qint64 size) {
        const qint64 read = unpacked->read(data, size);
        if (read > 0) {
            done += read;
            reportProgress(done, total);
        }
        return read;
    });
    XlsxSheetParser parser(m_sharedStrings, m_styles, is1904DateSystem());
    const XlsxSheetParser::Result result = parser.parse(&scanner, onRow, cancel);
    unpacked.reset(); // its thread stops before the part is closed
    archive().closePart();
    setProblems(parser.problems(), parser.problemCount());
    switch (result) {
    case XlsxSheetParser::Result::Done:
    case XlsxSheetParser::Result::Stopped:
        return true;
    case XlsxSheetParser::Result::Cancelled:
        return fail(Error::Cancelled, tr("reading was cancelled."));
    case XlsxSheetParser::Result::XmlError:
        break;
    }
    return failScanner(sheet.part, scanner);
}

} // namespace Ditio
