#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QuaZip;
class QuaZipFile;

namespace Ditio {

class WriteBehind;

class ExportTarget;

// Writes a one-sheet .xlsx as Excel expects it ([Content_Types].xml, the
// relationships, workbook, styles and the sheet; strings inline, so nothing
// is held for a shared string table) and streams the sheet: rows are
// appended and flushed as they come, never built as one document. The file is
// replaced atomically on commit(); on failure or cancel it stays as it was.
class XlsxWorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::XlsxWorkbookWriter)

public:
    // The cell styles in styles.xml (the s attribute).
    enum Style : quint8 {
        GeneralStyle,
        HeaderStyle, // bold on grey, text format
        TextStyle, // number format "@": identifiers keep their zeros when edited
        DateStyle, // dd.mm.yyyy
        GuardedStyle, // General with quotePrefix: text that looks like a formula stays text
        GuardedTextStyle, // "@" with quotePrefix
        GuardedDateStyle, // dd.mm.yyyy with quotePrefix (text in a date column)
    };

    struct Column
    {
        double width = 10; // in characters, as Excel measures them
        Style style = GeneralStyle; // for cells typed into the column later
    };

    XlsxWorkbookWriter();
    ~XlsxWorkbookWriter();
    XlsxWorkbookWriter(const XlsxWorkbookWriter &) = delete;
    XlsxWorkbookWriter &operator=(const XlsxWorkbookWriter &) = delete;

    // Opens the target, writes every part but the sheet and starts the sheet:
    // lastRow (1-based, header included) is for the dimension; the first row
    // is frozen when freezeHeader.
    bool open(const QString &path, const QString &sheetName, const QList<Column> &columns,
              int lastRow, bool freezeHeader = true);

    // Rows in increasing order; cells of a row left to right (1-based).
    void beginRow(int row);
    void addText(int column, QStringView text, Style style);
    void addNumber(int column, qint64 value, Style style);
    // A cell with a style and no value (a template's formatted blanks).
    void addBlank(int column, Style style);
    void endRow();

    // Ends the sheet, the zip, and replaces the target. False with errorString().
    bool commit();
    // Discards everything; the target stays as it was.
    void cancel();
    QString errorString() const;
    // Cells cut to Excel's limit of 32,767 characters.
    int truncatedCells() const { return m_truncatedCells; }

    static constexpr int MaxCellCharacters = 32767;

    // The day number of a date in Excel's 1900 date system (with its
    // 29.02.1900 that never was), or nothing before 01.01.1900.
    static std::optional<qint64> dateSerial(QDate date);
    // Text as the content of <t>: XML-escaped, characters XML cannot carry
    // written as Excel's _xHHHH_ (and a literal "_x0041_" kept literal).
    static void appendEscaped(QByteArray &out, QStringView text);
    // "C7" for row 7, column 3.
    static QByteArray cellReference(int row, int column);
    // The first letters of a sheet name Excel accepts (31 characters, no []:*?/\).
    static QString sheetName(const QString &name);

private:
    bool writePart(const QString &name, const QByteArray &content);
    bool flush(bool force = false);
    void fail(const QString &why);
    QByteArray styles() const;
    QByteArray worksheetStart(const QList<Column> &columns, int lastRow, bool freezeHeader) const;

    std::unique_ptr<ExportTarget> m_target;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    // The sheet compressed on a thread of its own while rows are built.
    std::unique_ptr<WriteBehind> m_compressor;
    QByteArray m_buffer;
    int m_row = 0;
    int m_truncatedCells = 0;
    bool m_failed = false;
};

} // namespace Ditio
