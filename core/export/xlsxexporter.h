#pragma once

#include "exportprogress.h"
#include "exportresult.h"

#include <QCoreApplication>
#include <QString>

namespace Ditio {

class CertificateTableModel;

// The table as an Excel workbook, one sheet "Certificates" (translated; the
// importer preselects it): the table's column titles plus Status and Message
// in a frozen header row. Employee and certificate numbers are text cells in
// text-formatted columns, so "01042" keeps its zero; a date the table
// understands is a real date cell (dd.mm.yyyy), anything else stays the text
// as typed. Every value is a string cell, never a formula; text that looks
// like one also gets quotePrefix, so editing it in Excel keeps it text.
// Written streaming (see XlsxWorkbookWriter); may run on a worker thread
// while the model is not changed.
class XlsxExporter
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::XlsxExporter)

public:
    struct Options
    {
        bool onlyProblems = false; // see ExportTable::hasProblem()
    };

    static ExportResult write(const CertificateTableModel &model, const QString &path,
                              const Options &options, const ExportProgress &progress = {});
    static ExportResult write(const CertificateTableModel &model, const QString &path)
    {
        return write(model, path, Options());
    }
    static QString sheetName();
};

} // namespace Ditio
