#pragma once

#include "workbooklimits.h"
#include "workbookreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
class QXmlStreamAttributes;
class QXmlStreamReader;

namespace Ditio {

class WorkbookArchive;

// Reads OpenDocument spreadsheets (.ods, LibreOffice Calc's own format) the
// way XlsxReader reads Excel workbooks: the sheets of content.xml, streamed
// through QXmlStreamReader, rows to a callback as they are read, with the same
// cell texts: identifiers as written ("1042", "01042" when shown zero-padded),
// dates as dd.MM.yyyy with the ISO date of the file kept as raw, times as
// HH:mm, formulas by their saved result.
//
// Hostile files fail with a specific message and bounded work, with the
// limits of WorkbookLimits: zip bombs, DOCTYPE or entity declarations in any XML
// part, encrypted (password-protected) files, truncated zips, huge repeat
// counts (only repeats that hold a value are made, maxRepeatedCells at most).
// One reader serves one thread at a time; the cancel flag may be set from any
// thread.
class OdsReader : public WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::OdsReader)

public:
    using Limits = WorkbookLimits;

    enum class Error : quint8 {
        None,
        CannotOpen,
        EmptyFile,
        NotZip,
        NotSpreadsheet, // a zip without an OpenDocument mimetype, or another kind (.odt)
        Encrypted, // password-protected
        Truncated,
        Damaged,
        TooManyEntries,
        PartTooLarge,
        TotalTooLarge,
        RatioTooHigh,
        XmlDoctype,
        XmlMalformed,
        MissingContent, // no content.xml
        NoSheets,
        NoSuchSheet,
        TooManyCells, // repeat counts that make more than maxRepeatedCells
        Cancelled,
    };

    static constexpr int MaxColumns = 16384; // XFD, as XlsxSheetParser
    static constexpr int MaxSheets = 10000; // LibreOffice's own limit
    static constexpr int MaxProblems = 1000; // kept; problemCount() counts all

    explicit OdsReader(Limits limits = {});
    ~OdsReader() override;

    // Opens the file, checks its kind and reads the list of sheets.
    bool open(const QString &path) override;
    // The same from a device the caller owns; it must stay open while reading.
    // fileName is only for the messages.
    bool open(QIODevice *device, const QString &fileName) override;
    void close() override;
    QString fileFormat() const override { return QStringLiteral("ods"); }

    Error error() const { return m_error; }
    bool hasError() const override { return m_error != Error::None; }
    bool failedToOpen() const override { return m_error == Error::CannotOpen; }
    bool wasCancelled() const override { return m_error == Error::Cancelled; }
    QString fileName() const override { return m_fileName; }
    QString errorReason() const override { return m_reason; }

    QStringList sheetNames() const override;
    // Sheets hidden in LibreOffice (Sheet > Hide Sheet: table:display="false").
    bool isSheetHidden(int index) const override;
    int preferredSheet() const override;
    // The file counts days from 01.01.1904 (table:null-date).
    bool is1904DateSystem() const override { return m_date1904; }

    bool readSheet(int index, const RowHandler &onRow,
                   const std::atomic_bool *cancel = nullptr) override;
    // Called while a sheet is read with the unpacked bytes of content.xml so far.
    void setProgressHandler(ProgressHandler handler) override { m_progress = std::move(handler); }

    QList<SpreadsheetProblem> problems() const override { return m_problems; }
    int problemCount() const override { return m_problemCount; }

private:
    struct Sheet
    {
        QString name;
        QString style; // table:style-name
        bool hidden = false;
    };

    // What the cell being read says (table:table-cell and its text).
    struct CellState
    {
        qint64 repeat = 1;
        QString valueType; // office:value-type
        QString calcType; // calcext:value-type ("error")
        QString value; // office:value, date-value, time-value or boolean-value
        QString stringValue;
        bool hasStringValue = false;
        bool formula = false;
        QString text; // the paragraphs, joined with "\n"
        int paragraphs = 0;
        int inParagraph = 0; // depth of text:p and text:h
        int skipDepth = 0; // inside an annotation or a drawing
        int depth = 0; // elements open inside the cell
        bool spacePending = false; // collapsing white space
        bool overflow = false;
    };

    bool fail(Error error, const QString &reason);
    bool failArchive();
    bool failXml(const QString &part, const QString &detail, qint64 offset);
    bool openDevice(QIODevice *device);
    bool loadPackage();
    bool readMimetype(QString *mimetype);
    // Streams an XML part through QXmlStreamReader; handle gets each token and
    // returns false to stop (after setting an error, or when done). DOCTYPE
    // refused, errors reported.
    bool readXmlPart(const QString &part, const std::function<bool(QXmlStreamReader &)> &handle,
                     bool reportProgress = false);
    bool loadContent();

    void beginRow(const QXmlStreamAttributes &attributes);
    bool finishRow(const RowHandler &onRow, const std::atomic_bool *cancel, bool *stop);
    void beginCell(const QXmlStreamAttributes &attributes);
    void cellElement(const QXmlStreamReader &xml, bool start);
    void appendText(QStringView text);
    void appendRaw(QStringView text);
    bool finishCell();
    void valueCell(SpreadsheetCell *cell);
    bool keepProblem(); // counts it; false when enough are kept
    void addProblem(int column, const QString &message);
    QString where(int column) const;

    Limits m_limits;
    std::unique_ptr<QIODevice> m_ownedDevice;
    std::unique_ptr<WorkbookArchive> m_archive;
    QString m_fileName;
    Error m_error = Error::None;
    QString m_reason;

    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    qint64 m_metadataBytes = 0;

    // The sheet being read.
    SpreadsheetRow m_row;
    qint64 m_rowNumber = 0; // rows before the current one
    qint64 m_rowRepeat = 1;
    qint64 m_column = 0; // columns before the current cell
    qint64 m_repeatedCells = 0;
    bool m_inRow = false;
    bool m_inCell = false;
    CellState m_cell;

    ProgressHandler m_progress;
    QList<SpreadsheetProblem> m_problems;
    int m_problemCount = 0;
};

} // namespace Ditio
