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
    static constexpr int MaxColumns = 16384; // XFD, as XlsxSheetParser
    static constexpr int MaxSheets = 10000; // LibreOffice's own limit

    explicit OdsReader(Limits limits = {});
    ~OdsReader() override;

    QString fileFormat() const override { return QStringLiteral("ods"); }

protected:
    // The mimetype (or the manifest's), encryption, and content.xml's list of
    // sheets (hidden ones by their table style) and its null-date.
    bool readPackage() override;
    bool readSheetRows(int index, const Sheet &sheet, const RowHandler &onRow,
                       const std::atomic_bool *cancel) override;
    void clearPackage() override;

private:
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

    bool readMimetype(QString *mimetype);
    bool loadContent();

    void beginRow(const QXmlStreamAttributes &attributes);
    bool finishRow(const RowHandler &onRow, const std::atomic_bool *cancel, bool *stop);
    void beginCell(const QXmlStreamAttributes &attributes);
    void cellElement(const QXmlStreamReader &xml, bool start);
    void appendText(QStringView text);
    void appendRaw(QStringView text);
    bool finishCell();
    void valueCell(SpreadsheetCell *cell);
    void addProblem(int column, const QString &message);
    QString where(int column) const;

    // The sheet being read.
    SpreadsheetRow m_row;
    qint64 m_rowNumber = 0; // rows before the current one
    qint64 m_rowRepeat = 1;
    qint64 m_column = 0; // columns before the current cell
    qint64 m_repeatedCells = 0;
    bool m_inRow = false;
    bool m_inCell = false;
    CellState m_cell;
};

} // namespace Ditio
