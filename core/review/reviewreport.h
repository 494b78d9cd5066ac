#pragma once

#include "reviewsummary.h"
#include "rowchange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace Ditio {

class CertificateTableModel;
class Ledger;

// The review someone signs before an upload: what it would change in Ditio
// (the summary by certificate type, every change with old -> new), every row
// with a problem and the employees Ditio's register does not list. HTML,
// streamed row by row to any device; or an A4 PDF (QPdfWriter, a header with
// the file, environment, register age and time on every page, page numbers),
// which lists at most pdfRowLimit rows per section and says how many more the
// HTML report holds. In the UI language (the caller's translators).
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::ReviewReport)

public:
    static constexpr int DefaultPdfRowLimit = 2000;

    struct Input
    {
        const CertificateTableModel *model = nullptr;
        const Ledger *ledger = nullptr; // nullptr: nothing was ever sent
        QList<RowChangeInfo> changes; // classifyAll(); empty: classified here
        QString fileName; // shown as given
        QString environmentTitle; // "Test", "Production", ...
        QDateTime registerReadAt; // invalid: the register was never read
        QDateTime madeAt;
    };

    // False when the device refused a write.
    static bool writeHtml(const Input &input, QIODevice *device);
    // False with *error set when the file cannot be written. Needs a
    // QGuiApplication (fonts).
    static bool writePdf(const Input &input, const QString &path, QString *error,
                         int rowLimit = DefaultPdfRowLimit);

    // The line each page's header carries: "file · Ditio (Test) · register read
    // 03.12.2026 14:02 (2 days ago) · made 05.12.2026 09:10".
    static QString headerLine(const Input &input);

private:
    using Sink = std::function<bool(const QString &)>;
    static bool write(const Input &input, const Sink &sink, int rowLimit, bool standalone);
};

} // namespace Ditio
