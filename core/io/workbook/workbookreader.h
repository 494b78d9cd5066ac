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

namespace Ditio {

class WorkbookArchive;

// What ImportSource needs of a spreadsheet workbook, whatever its format:
// XlsxReader (.xlsx) and OdsReader (.ods) both stream a sheet's rows to a
// callback as SpreadsheetRows, with the same cell texts and the same
// protections against hostile files.
class WorkbookReader
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::WorkbookReader)

public:
    using RowHandler = std::function<bool(const SpreadsheetRow &)>; // false: stop
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

    WorkbookReader() = default;
    virtual ~WorkbookReader() = default;
    WorkbookReader(const WorkbookReader &) = delete;
    WorkbookReader &operator=(const WorkbookReader &) = delete;

    // Opens a workbook by its content, whatever its name: an OpenDocument
    // spreadsheet (a zip whose mimetype says so) with OdsReader, anything else
    // with XlsxReader, which tells CSV, .xls and other files apart. Never
    // null; when opening failed, the reader says why (failedToOpen(),
    // errorReason()).
    static std::unique_ptr<WorkbookReader> openFile(const QString &path,
                                                    WorkbookLimits limits = {});
    // The same from a device the caller owns; it must stay open while reading.
    static std::unique_ptr<WorkbookReader> openDevice(QIODevice *device, const QString &fileName,
                                                      WorkbookLimits limits = {});

    virtual bool open(const QString &path) = 0;
    virtual bool open(QIODevice *device, const QString &fileName) = 0;
    virtual void close() = 0;

    // "xlsx" or "ods": what a work file records as the source format.
    virtual QString fileFormat() const = 0;

    // True when the last open() or readSheet() failed.
    virtual bool hasError() const = 0;
    // The file itself could not be opened (permissions, missing): "cannot be
    // opened" rather than "cannot be read".
    virtual bool failedToOpen() const = 0;
    virtual bool wasCancelled() const = 0;
    // "<file> cannot be read: <why, and what to do>." Translated; the same
    // sentence for every format.
    QString errorString() const;
    // The name the file was opened under, for messages.
    virtual QString fileName() const = 0;
    // Only the why.
    virtual QString errorReason() const = 0;

    // Worksheets in workbook order; hidden ones are listed too.
    virtual QStringList sheetNames() const = 0;
    virtual bool isSheetHidden(int index) const = 0;
    // The sheet an import should start with: the first visible one named like
    // certificates ("Sertifikater", "Certificates", "Kompetanse", "Kurs", ...),
    // else the first visible sheet; -1 when there is no sheet.
    virtual int preferredSheet() const = 0;
    virtual bool is1904DateSystem() const = 0;

    // Delivers the rows of a sheet that hold values. Returns false on an error
    // or when cancelled; true when the sheet was read or onRow returned false
    // to stop. Problems with single cells do not stop the reading.
    virtual bool readSheet(int index, const RowHandler &onRow,
                           const std::atomic_bool *cancel = nullptr) = 0;
    virtual void setProgressHandler(ProgressHandler handler) = 0;

    // Cell problems of the last readSheet() (at most 1000 kept) and their count.
    virtual QList<SpreadsheetProblem> problems() const = 0;
    virtual int problemCount() const = 0;

protected:
    // preferredSheet() for sheets with these names and hidden flags.
    static int chooseSheet(const QStringList &names, const QList<bool> &hidden);
    // Why an archive that did not open or unpack is refused (its status is not
    // Ok): a sentence without the file name, translated.
    static QString archiveReason(const WorkbookArchive &archive, const WorkbookLimits &limits);
    // The refusal of a DOCTYPE or entity declaration in an XML part.
    static QString doctypeReason(const QString &part);
};

} // namespace Ditio
