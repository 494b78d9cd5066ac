#pragma once

#include "spreadsheetproblem.h"
#include "spreadsheetrow.h"
#include "workbooklimits.h"

#include <QCoreApplication>
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

// A spreadsheet workbook, whatever its format: XlsxReader (.xlsx) and
// OdsReader (.ods) stream a sheet's rows to a callback as SpreadsheetRows,
// with the same cell texts and the same protections against hostile files.
//
// The steps every format shares live here, as KeePassXC's KdbxReader keeps
// readDatabase() over a virtual readDatabaseImpl(): open() opens the file,
// tells what it is by content, opens the zip container within the limits and
// then asks the format for its package (readPackage()); readSheet() checks
// the sheet and asks the format for its rows (readSheetRows()). The error
// state, XML parts read through QXmlStreamReader (DOCTYPE refused, nesting
// limited) and the list of sheets are kept here too.
class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::WorkbookReader)

public:
    using Limits = WorkbookLimits;
    using RowHandler = std::function<bool(const SpreadsheetRow &)>; // false: stop
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

    enum class Error : quint8 {
        None,
        CannotOpen,
        EmptyFile,
        LooksLikeText, // a CSV renamed .xlsx
        LooksLikeMarkup, // HTML or XML text
        NotZip,
        Encrypted, // a password-protected workbook
        LegacyXls, // Excel 97-2003
        CompoundFile, // another old Office file
        OpenDocument, // XlsxReader: an OpenDocument package, which OdsReader reads
        BinaryWorkbook, // .xlsb
        NotWorkbook, // a zip without a workbook
        NotSpreadsheet, // OdsReader: another OpenDocument kind (.odt), or no mimetype
        Truncated,
        Damaged,
        TooManyEntries,
        PartTooLarge,
        TotalTooLarge,
        RatioTooHigh,
        TooManyStrings, // XLSX: more shared strings than maxSharedStrings
        TooManyCells, // ODS: repeat counts that make more than maxRepeatedCells
        XmlDoctype,
        XmlMalformed,
        MissingWorkbook, // XLSX: no xl/workbook.xml
        MissingContent, // ODS: no content.xml
        MissingSheetPart,
        NoSheets,
        NoSuchSheet,
        Cancelled,
    };

    static constexpr int MaxProblems = 1000; // kept; problemCount() counts all

    explicit WorkbookReader(Limits limits);
    virtual ~WorkbookReader();
    WorkbookReader(const WorkbookReader &) = delete;
    WorkbookReader &operator=(const WorkbookReader &) = delete;

    // Opens a workbook by its content, whatever its name: an OpenDocument
    // spreadsheet (a zip whose mimetype or manifest says so) with OdsReader,
    // anything else with XlsxReader, which tells CSV, .xls and other files
    // apart. Never null; when opening failed, the reader says why.
    static std::unique_ptr<WorkbookReader> openFile(const QString &path, Limits limits = {});
    // The same from a device the caller owns; it must stay open while reading.
    static std::unique_ptr<WorkbookReader> openDevice(QIODevice *device, const QString &fileName,
                                                      Limits limits = {});

    // Opens the file and reads the list of sheets and the date system.
    bool open(const QString &path);
    // The same from a device the caller owns; it must stay open while reading.
    // fileName is only for the messages.
    bool open(QIODevice *device, const QString &fileName);
    void close();

    // "xlsx" or "ods": what a work file records as the source format.
    virtual QString fileFormat() const = 0;

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    // The file itself could not be opened (permissions, missing): "cannot be
    // opened" rather than "cannot be read".
    bool failedToOpen() const { return m_error == Error::CannotOpen; }
    bool wasCancelled() const { return m_error == Error::Cancelled; }
    // "<file> cannot be read: <why, and what to do>." Translated; the same
    // sentence for every format.
    QString errorString() const;
    // The name the file was opened under, for messages.
    QString fileName() const { return m_fileName; }
    // Only the why: "the workbook is password-protected ...".
    QString errorReason() const { return m_reason; }

    // Worksheets in workbook order; hidden ones are listed too.
    QStringList sheetNames() const;
    bool isSheetHidden(int index) const;
    // The sheet an import should start with: the first visible one named like
    // certificates ("Sertifikater", "Certificates", "Kompetanse", "Kurs", ...),
    // else the first visible sheet; -1 when there is no sheet.
    int preferredSheet() const;
    // Dates count from 01.01.1904 (Excel for Mac, LibreOffice's null-date).
    bool is1904DateSystem() const { return m_date1904; }

    // Delivers the rows of a sheet that hold values. Returns false on an error
    // or when cancelled (error() is Cancelled); true when the sheet was read or
    // onRow returned false to stop. Problems with single cells do not stop the
    // reading: see problems().
    bool readSheet(int index, const RowHandler &onRow, const std::atomic_bool *cancel = nullptr);
    // Called while a sheet is read with the unpacked bytes of its part so far.
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    // Cell problems of the last readSheet() (at most MaxProblems kept) and their count.
    QList<SpreadsheetProblem> problems() const { return m_problems; }
    int problemCount() const { return m_problemCount; }

protected:
    struct Sheet
    {
        QString name;
        bool hidden = false;
        QString part; // XLSX: the sheet's part, empty when the workbook does not say
    };

    // The format's own steps. The zip is open: read the list of sheets
    // (addSheet()), the date system and whatever the rows need; false with
    // fail() when the package is not this format or is broken.
    virtual bool readPackage() = 0;
    // The rows of one existing sheet (index in workbook order), problems
    // into addProblem().
    virtual bool readSheetRows(int index, const Sheet &sheet, const RowHandler &onRow,
                               const std::atomic_bool *cancel) = 0;
    // Forgets what readPackage() read (close() calls it).
    virtual void clearPackage() = 0;

    bool fail(Error error, const QString &reason);
    // The archive's status as an error (a zip bomb, a damaged part, ...).
    bool failArchive();
    bool failXml(const QString &part, const QString &detail, qint64 offset);
    // Streams an XML part through QXmlStreamReader; handle gets each token and
    // returns false to stop (after fail(), or when done). DOCTYPE refused,
    // nesting limited, one token at most MaxXmlTokenBytes; progress() follows
    // the unpacked bytes when reportProgress.
    bool readXmlPart(const QString &part, const std::function<bool(QXmlStreamReader &)> &handle,
                     bool reportProgress = false);
    // The refusal of a DOCTYPE or entity declaration in an XML part.
    static QString doctypeReason(const QString &part);

    WorkbookArchive &archive() const { return *m_archive; }
    const Limits &limits() const { return m_limits; }
    const QList<Sheet> &sheets() const { return m_sheets; }
    void addSheet(const Sheet &sheet) { m_sheets.append(sheet); }
    void setDate1904(bool date1904) { m_date1904 = date1904; }
    // Bytes the package's parts unpacked to before the sheets: the total limit
    // counts them for every sheet read.
    qint64 metadataBytes() const { return m_metadataBytes; }
    void setMetadataBytes(qint64 bytes) { m_metadataBytes = bytes; }
    void reportProgress(qint64 done, qint64 total) const
    {
        if (m_progress)
            m_progress(done, total);
    }

    // A cell problem of the sheet being read: counted, kept while there are
    // fewer than MaxProblems (keepProblem() false: build no message).
    bool keepProblem();
    void addProblem(const SpreadsheetProblem &problem) { m_problems.append(problem); }
    void setProblems(QList<SpreadsheetProblem> problems, int count);

    // One QXmlStreamReader token may take in at most this much: one tag or
    // text section. Far above a real cell, far below memory.
    static constexpr qint64 MaxXmlTokenBytes = 16 * 1024 * 1024;

private:
    bool openDevice(QIODevice *device);
    // preferredSheet() for sheets with these names and hidden flags.
    static int chooseSheet(const QStringList &names, const QList<bool> &hidden);
    // Why an archive that did not open or unpack is refused (its status is not
    // Ok): a sentence without the file name, translated.
    static QString archiveReason(const WorkbookArchive &archive, const Limits &limits);

    Limits m_limits;
    std::unique_ptr<QIODevice> m_ownedDevice;
    std::unique_ptr<WorkbookArchive> m_archive;
    QString m_fileName;
    Error m_error = Error::None;
    QString m_reason;
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    qint64 m_metadataBytes = 0;
    ProgressHandler m_progress;
    QList<SpreadsheetProblem> m_problems;
    int m_problemCount = 0;
};

} // namespace Ditio
