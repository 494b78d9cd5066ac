#pragma once

#include "certificaterow.h"
#include "review/rowchange.h"
#include "validation/issue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ditio {

class EmployeeDirectory;

// What a cell of the table says besides its value: the Status column's text,
// the Employee column's, and every tooltip. Built from the row, its issues and
// the employee register alone, so the table model keeps to the model.
class CertificateCellText
{
    // The table's own words: the translations are the table model's.
    Q_DECLARE_TR_FUNCTIONS(Ditio::CertificateTableModel)

public:
    // "Ready", "Needs fixing", "Changed since upload", "Uploaded to Test 03.12.2026 14:02",
    // "Rejected by Production: <Ditio's words>", "Unconfirmed (Test)", ...
    static QString status(const CertificateRow &row, bool hasErrors);
    // Where and when the row's last upload went: "Uploaded to Test 03.12.2026 14:02",
    // "Uploaded 03.12.2026 14:02" (environment not known), "Uploaded".
    static QString uploaded(const CertificateRow &row);
    // The upload state with where it came from, without Ditio's words (the exports put
    // those in a column of their own): uploaded(), "Rejected by Production",
    // "Unconfirmed (Test)", "Sending", "Not sent".
    static QString result(const CertificateRow &row);
    // Every issue of the row, where and when it was uploaded (then changed), what Ditio said.
    static QString statusToolTip(const CertificateRow &row, const QList<Issue> &issues);
    // The cell's issues, the file's own text, a formula's mark, the text as typed.
    static QString fieldToolTip(const CertificateRow &row, Field field,
                                const QList<Issue> &cellIssues);
    // The Employee column: the name, or that Ditio does not know the number.
    static QString employee(const QString &name, bool unknownToDitio);
    // The employee issues, and when the register was read (or that it was not).
    static QString employeeToolTip(const QStringList &messages, const EmployeeDirectory *directory);
    // The Change column: an update's fields, old value -> new value; when
    // unchanged values were confirmed or an unclear send went out.
    static QString changeToolTip(const CertificateRow &row, const RowChangeInfo &change);
    // A value as Ditio's JSON carries it, as the table shows it: dates as
    // dd.MM.yyyy, "(empty)" for nothing.
    static QString shownApiValue(Field field, const QString &apiValue);
};

} // namespace Ditio
