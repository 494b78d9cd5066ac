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
    using Limits = WorkbookLimits;

    enum class Error : quint8 {
        None,
        CannotOpen,
        EmptyFile,
        LooksLikeText, // a CSV renamed .xlsx
        LooksLikeMarkup, // HTML or XML text
        NotZip,
        Encrypted, // password-protected workbook
        LegacyXls, // Excel 97-2003
        CompoundFile, // another old Office file
        OpenDocument, // an OpenDocument package (.ods): OdsReader reads it
        BinaryWorkbook, // .xlsb
        NotWorkbook, // a zip without a workbook
        Truncated,
        Damaged,
        TooManyEntries,
        PartTooLarge,
        TotalTooLarge,
        RatioTooHigh,
        TooManyStrings,
        XmlDoctype,
        XmlMalformed,
        MissingWorkbook,
        NoSheets,
        NoSuchSheet,
        MissingSheetPart,
        Cancelled,
    };

    explicit XlsxReader(Limits limits = {});
    ~XlsxReader() override;

    // Opens the file and reads the list of sheets, the date system and the
    // styles (the shared strings follow on the first readSheet()).
    bool open(const QString &path) override;
    // The same from a device the caller owns; it must stay open while reading.
    // fileName is only for the messages.
    bool open(QIODevice *device, const QString &fileName) override;
    void close() override;
    QString fileFormat() const override { return QStringLiteral("xlsx"); }

    Error error() const { return m_error; }
    bool hasError() const override { return m_error != Error::None; }
    bool failedToOpen() const override { return m_error == Error::CannotOpen; }
    bool wasCancelled() const override { return m_error == Error::Cancelled; }
    // "<file> cannot be read: <why, and what to do>." Translated.
    QString fileName() const override { return m_fileName; }
    // Only the why: "the workbook is password-protected ...".
    QString errorReason() const override { return m_reason; }

    // Worksheets in workbook order (chart sheets are left out).
    QStringList sheetNames() const override;
    bool isSheetHidden(int index) const override;
    // The sheet an import should start with: the first visible one named like
    // certificates ("Sertifikater", "Certificates", "Kompetanse", "Kurs", ...),
    // else the first visible sheet; -1 when there is no sheet.
    int preferredSheet() const override;
    bool is1904DateSystem() const override { return m_date1904; }

    // Delivers the rows of a sheet that hold values. Returns false on an error
    // or when cancelled (error() is Cancelled); true when the sheet was read or
    // onRow returned false to stop. Problems with single cells do not stop the
    // reading: see problems().
    bool readSheet(int index, const RowHandler &onRow,
                   const std::atomic_bool *cancel = nullptr) override;
    // Called while a sheet is read with the unpacked bytes of its part so far.
    void setProgressHandler(ProgressHandler handler) override { m_progress = std::move(handler); }

    // Cell problems of the last readSheet() (at most 1000 kept) and their count.
    QList<SpreadsheetProblem> problems() const override { return m_problems; }
    int problemCount() const override { return m_problemCount; }

private:
    struct Sheet
    {
        QString name;
        QString part; // empty when the workbook does not say
        bool hidden = false;
    };

    struct Relationship
    {
        QString type; // the last segment of the type URI: "worksheet", "styles", ...
        QString target; // resolved part name
    };

    bool fail(Error error, const QString &reason);
    bool failArchive();
    bool failScanner(const QString &part, const XlsxXmlScanner &scanner);
    bool failXml(const QString &part, const QString &detail, qint64 offset);
    bool openDevice(QIODevice *device);
    bool loadPackage();
    // Streams an XML part through QXmlStreamReader; handle gets each token and
    // returns false to stop. DOCTYPE refused, errors reported.
    bool readXmlPart(const QString &part, const std::function<bool(QXmlStreamReader &)> &handle);
    bool loadRelationships(const QString &part, QHash<QString, Relationship> *relationships);
    bool loadWorkbook(const QString &part, const QHash<QString, Relationship> &relationships);
    bool loadStyles(const QString &part);
    bool loadSharedStrings(const std::atomic_bool *cancel);

    Limits m_limits;
    std::unique_ptr<QIODevice> m_ownedDevice;
    std::unique_ptr<WorkbookArchive> m_archive;
    QString m_fileName;
    Error m_error = Error::None;
    QString m_reason;

    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QList<XlsxNumberFormat::Style> m_styles;
    QString m_sharedStringsPart;
    bool m_sharedStringsLoaded = false;
    XlsxSharedStrings m_sharedStrings;
    qint64 m_metadataBytes = 0;

    ProgressHandler m_progress;
    QList<SpreadsheetProblem> m_problems;
    int m_problemCount = 0;
};

} // namespace Ditio
