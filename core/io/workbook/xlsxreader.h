#pragma once

#include "workbooklimits.h"
#include "workbookreader.h"
#include "xlsxnumberformat.h"
#include "xlsxsharedstrings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
class QXmlStreamReader;

namespace Ditio {

class WorkbookArchive;
class XlsxXmlScanner;

// Reads Excel workbooks (.xlsx, and the OOXML files LibreOffice and others
// write) sheet by sheet, streaming: the sheet XML is never held whole, rows go
// to a callback as they are read. Values come as an importer needs them:
// identifiers as written ("1042", "01042"), dates as dd.MM.yyyy with the
// serial kept as raw, formulas by their saved result.
//
// Hostile and wrong files fail with a specific message and bounded work:
// zip bombs (see WorkbookLimits), DOCTYPE or entity declarations in any XML part,
// encrypted workbooks, .xls and CSV files with an .xlsx name, truncated zips,
// missing parts. One reader serves one thread at a time; the cancel flag may be
// set from any thread.
class XlsxReader : public WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::XlsxReader)

public:
    explicit XlsxReader(Limits limits = {});
    ~XlsxReader() override;

    QString fileFormat() const override { return QStringLiteral("xlsx"); }

protected:
    // The workbook part and its relationships: the sheets, the date system,
    // the styles (the shared strings follow on the first sheet read).
    bool readPackage() override;
    bool readSheetRows(int index, const Sheet &sheet, const RowHandler &onRow,
                       const std::atomic_bool *cancel) override;
    void clearPackage() override;

private:
    struct Relationship
    {
        QString type; // the last segment of the type URI: "worksheet", "styles", ...
        QString target; // resolved part name
    };

    bool failScanner(const QString &part, const XlsxXmlScanner &scanner);
    bool loadRelationships(const QString &part, QHash<QString, Relationship> *relationships);
    bool loadWorkbook(const QString &part, const QHash<QString, Relationship> &relationships);
    bool loadStyles(const QString &part);
    bool loadSharedStrings(const std::atomic_bool *cancel);

    QList<XlsxNumberFormat::Style> m_styles;
    QString m_sharedStringsPart;
    bool m_sharedStringsLoaded = false;
    XlsxSharedStrings m_sharedStrings;
};

} // namespace Ditio
