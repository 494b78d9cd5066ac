#include "xlsxtemplate.h"

#include "model/certificatefield.h"
#include "xlsxexporter.h"
#include "xlsxworkbookwriter.h"

namespace Ditio {

namespace {

using Style = XlsxWorkbookWriter::Style;

Style styleOf(Field field)
{
    if (field == Field::EmployeeNumber || field == Field::CertificateNumber)
        return Style::TextStyle;
    return isDateField(field) ? Style::DateStyle : Style::GeneralStyle;
}

double widthOf(Field field)
{
    switch (field) {
    case Field::EmployeeNumber:
        return 18;
    case Field::CertificateType:
        return 30;
    case Field::CertificateNumber:
        return 22;
    case Field::IssuedDate:
    case Field::ValidUntilDate:
        return 14;
    case Field::Notes:
        return 45;
    }
    return 12;
}

} // namespace

QStringList XlsxTemplate::headers()
{
    QStringList headers;
    for (Field field : allFields())
        headers.append(fieldTitle(field));
    return headers;
}

ExportResult XlsxTemplate::write(const QString &path)
{
    ExportResult result;
    QList<XlsxWorkbookWriter::Column> columns;
    for (Field field : allFields())
        columns.append({widthOf(field), styleOf(field)});

    XlsxWorkbookWriter writer;
    if (!writer.open(path, XlsxExporter::sheetName(), columns, FormattedRows + 1)) {
        result.errorString = writer.errorString();
        return result;
    }
    const QStringList titles = headers();
    writer.beginRow(1);
    for (qsizetype i = 0; i < titles.size(); ++i)
        writer.addText(int(i) + 1, titles.at(i), Style::HeaderStyle);
    writer.endRow();
    for (int row = 2; row <= FormattedRows + 1; ++row) {
        writer.beginRow(row);
        for (Field field : allFields()) {
            if (styleOf(field) != Style::GeneralStyle)
                writer.addBlank(fieldIndex(field) + 1, styleOf(field));
        }
        writer.endRow();
    }
    if (!writer.commit()) {
        result.errorString = writer.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Ditio
