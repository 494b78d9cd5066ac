#pragma once

// Small helpers shared by the core tests: building rows from text, and
// turning rows and issues into readable text, so a failed QCOMPARE shows what
// a user would see instead of "<null>".

#include "model/certificatefield.h"
#include "model/certificaterow.h"
#include "model/certificatetablemodel.h"
#include "model/rowstore.h"
#include "register/employeedirectory.h"
#include "report/validationreport.h"
#include "util/clock.h"
#include "validation/issue.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace DitioTest {

using namespace Ditio;

// The day the tests call "today": far enough from the sample's dates to make
// expiry warnings predictable, and a Saturday in Oslo's winter time.
inline QDate fixedToday()
{
    return QDate(2026, 11, 28);
}

// Noon UTC on the fixed day: the same calendar day in every zone from UTC-11
// to UTC+11, so the tests do not depend on where they run.
inline QDateTime fixedNow()
{
    return QDateTime(fixedToday(), QTime(12, 0), QTimeZone::utc());
}

// The register the register tests read: read at 11:30 UTC on the fixed day.
inline QDateTime registerReadAt()
{
    return QDateTime(fixedToday(), QTime(11, 30), QTimeZone::utc());
}

inline std::shared_ptr<const EmployeeDirectory> directoryOf(const EmployeeRecords &records)
{
    return std::make_shared<const EmployeeDirectory>(records, registerReadAt());
}

// The command line's reports of a table, as it streams them.
inline QJsonObject reportJson(const CertificateTableModel &model, const QString &fileName)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ValidationReport::writeJson(model, fileName, &buffer);
    return QJsonDocument::fromJson(buffer.data()).object();
}

inline QString reportText(const CertificateTableModel &model, const QString &fileName)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ValidationReport::writeText(model, fileName, &buffer);
    return QString::fromUtf8(buffer.data());
}

inline CertificateRow makeRow(const QString &employee, const QString &type,
                              const QString &number = {}, const QString &issued = {},
                              const QString &validUntil = {}, const QString &notes = {})
{
    CertificateRow row;
    row.setText(Field::EmployeeNumber, employee);
    row.setText(Field::CertificateType, type);
    row.setText(Field::CertificateNumber, number);
    row.setText(Field::IssuedDate, issued);
    row.setText(Field::ValidUntilDate, validUntil);
    row.setText(Field::Notes, notes);
    return row;
}

// A row without problems on fixedToday(): issued in the past, valid for years.
inline CertificateRow validRow(const QString &employee,
                               const QString &type = QStringLiteral("Byggekort"))
{
    return makeRow(employee, type, QStringLiteral("BK-") + employee, QStringLiteral("15.01.2026"),
                   QStringLiteral("15.01.2030"));
}

// `count` rows without problems, employee numbers 10000 and up, each with a
// note: about 500 bytes a row in a work file, to make files that take a while
// to write.
inline RowStore manyRows(int count)
{
    RowStore rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        CertificateRow row = validRow(QString::number(10000 + i));
        row.setText(Field::Notes, QStringLiteral("Kurs %1 hos opplæringskontoret, bestått").arg(i));
        rows.append(std::move(row));
    }
    return rows;
}

// `count` rows with every kind of problem at rates that make each common in
// a large table (on fixedToday()): missing and mangled employee numbers,
// spelling variants, duplicate keys, unreadable, ISO, future and expiring
// dates, Norwegian letters in any case, notes, and every upload state. The
// same rows for the same seed.
inline RowStore variedRows(int count, quint32 seed = 1)
{
    static const QStringList types = {
            QStringLiteral("Byggekort"),      QStringLiteral("byggekort"),
            QStringLiteral("BYGGEKORT "),     QStringLiteral("Truckførerbevis"),
            QStringLiteral("Kranførerbevis"), QStringLiteral("Førstehjelp"),
            QStringLiteral("FØRSTEHJELP"),    QStringLiteral("Varme arbeider"),
            QStringLiteral("Ærlig Åse"),      QString(),
    };
    static const QStringList notes = {
            QString(),
            QString(),
            QString(),
            QStringLiteral("Kurs hos Veiprosjekt"),
            QStringLiteral("utstedt av OPPLÆRINGSKONTORET"),
            QStringLiteral("Må fornyes før årsskiftet"),
    };
    QRandomGenerator random(seed);
    RowStore rows;
    rows.reserve(count);
    const QDate today = fixedToday();
    for (int i = 0; i < count; ++i) {
        CertificateRow row;
        row.sourceRow = i + 2;
        const int number = 1000 + int(random.bounded(count / 3 + 1));
        QString employee;
        switch (random.bounded(40)) {
        case 0:
            break; // missing
        case 1:
            employee = QStringLiteral("A-%1").arg(number);
            break;
        case 2:
            employee = QStringLiteral(" %1").arg(number);
            break;
        case 3:
            employee = QStringLiteral("%1.0").arg(number);
            break;
        case 4:
            employee = QStringLiteral("00%1").arg(number);
            break;
        default:
            employee = QString::number(number);
            break;
        }
        row.setText(Field::EmployeeNumber, employee);
        row.setText(Field::CertificateType, types.at(random.bounded(int(types.size()))));
        if (random.bounded(20) != 0)
            row.setText(Field::CertificateNumber, QStringLiteral("BK-%1").arg(i));
        const QDate issued = today.addDays(-int(random.bounded(3000)) + 20);
        QString issuedText = issued.toString(u"dd.MM.yyyy");
        switch (random.bounded(30)) {
        case 0:
            issuedText.clear();
            break;
        case 1:
            issuedText = QStringLiteral("31.02.2026");
            break;
        case 2:
            issuedText = issued.toString(u"yyyy-MM-dd");
            break;
        case 3:
            issuedText = QStringLiteral("i fjor");
            break;
        default:
            break;
        }
        row.setText(Field::IssuedDate, issuedText);
        const QDate until = today.addDays(int(random.bounded(2000)) - 200);
        QString untilText = until.toString(u"dd.MM.yyyy");
        switch (random.bounded(30)) {
        case 0:
            untilText.clear();
            break;
        case 1:
            untilText = QStringLiteral("30.02.2027");
            break;
        case 2:
            untilText = until.toString(u"d.M.yyyy");
            break;
        default:
            break;
        }
        row.setText(Field::ValidUntilDate, untilText);
        row.setText(Field::Notes, notes.at(random.bounded(int(notes.size()))));
        // Uploaded, Rejected or Unconfirmed for a quarter of the rows.
        row.uploadState = UploadState(random.bounded(4) == 0 ? 2 + random.bounded(3) : 0);
        rows.append(std::move(row));
    }
    return rows;
}

// Every name in a folder, hidden ones too: what a failed save may have left
// beside its file (a cut copy, a temporary file).
inline QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                  | QDir::NoDotAndDotDot);
}

// "1042 | Byggekort | BK-1 | 15.01.2026 | 15.01.2028 | " (texts as typed).
inline QString rowText(const CertificateRow &row)
{
    QStringList cells;
    for (Field field : allFields())
        cells.append(row.text(field));
    return cells.join(QStringLiteral(" | "));
}

// Every row on its own line, with its sourceRow and upload state when set
// (QCOMPARE of two QStringLists names the first line that differs).
inline QStringList tableText(const RowStore &rows)
{
    QStringList lines;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const CertificateRow &row = rows.at(i);
        QString text = QString::number(i) + QStringLiteral(": ") + rowText(row);
        if (row.sourceRow > 0)
            text += QStringLiteral(" [source row %1]").arg(row.sourceRow);
        if (row.uploadState != UploadState::NotSent) {
            text += QStringLiteral(" [%1 %2 %3]")
                            .arg(uploadStateKey(row.uploadState), row.uploadMessage,
                                 row.uploadedAt.toUTC().toString(Qt::ISODateWithMs));
        }
        for (Field field : allFields()) {
            if (!row.sourceText(field).isEmpty())
                text += QStringLiteral(" [%1 from \"%2\"]")
                                .arg(fieldApiName(field), row.sourceText(field));
        }
        lines.append(text);
    }
    return lines;
}

inline QStringList tableText(const CertificateTableModel &model)
{
    return tableText(model.rows());
}

// "issuedDateTime/dates-out-of-order/error".
inline QString issueKey(const Issue &issue)
{
    return fieldApiName(issue.field) + u'/' + issueCodeKey(issue.code) + u'/'
            + severityKey(issue.severity);
}

inline QStringList issueKeys(const QList<Issue> &issues)
{
    QStringList keys;
    for (const Issue &issue : issues)
        keys.append(issueKey(issue));
    keys.sort();
    return keys;
}

// Everything about an issue a user can see: where, what, the message and the
// quick fix offered.
inline QString issueText(const Issue &issue)
{
    QString text = QStringLiteral("row %1 %2: %3")
                           .arg(QString::number(issue.row), issueKey(issue), issue.message);
    if (issue.fix != QuickFix::None)
        text += QStringLiteral(" [fix: %1]").arg(quickFixTitle(issue.fix));
    if (issue.hasOtherField)
        text += QStringLiteral(" [also %1]").arg(fieldApiName(issue.otherField));
    return text;
}

inline QString issuesText(const QList<Issue> &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines.append(issueText(issue));
    return lines.join(u'\n');
}

// The problems of every row and the counts the status bar shows, one line
// each (QCOMPARE of two QStringLists names the first line that differs).
inline QStringList validationText(const CertificateTableModel &model)
{
    QStringList lines {QStringLiteral("errors %1, warnings %2, rows with errors %3")
                               .arg(model.errorCount())
                               .arg(model.warningCount())
                               .arg(model.rowsWithErrors())};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (const Issue &issue : model.issues(row))
            lines.append(issueText(issue));
        lines.append(QStringLiteral("row %1 severity %2")
                             .arg(row)
                             .arg(severityKey(model.rowSeverity(row))));
    }
    return lines;
}

} // namespace DitioTest
