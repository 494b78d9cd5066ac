#include "reviewreport.h"

#include "changeclassifier.h"
#include "model/certificatetablemodel.h"
#include "model/dateparser.h"
#include "report/validationreport.h"
#include "store/ledger.h"
#include "util/savefile.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QIODevice>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

namespace Ditio {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateTimeText(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return DateParser::format(local.date()) + u' ' + local.time().toString(u"HH:mm");
}

// An API value as the table shows it: dates as dd.MM.yyyy.
QString displayValue(Field field, const QString &apiValue)
{
    if (isDateField(field) && !apiValue.isEmpty()) {
        const QDateTime at = QDateTime::fromString(apiValue, Qt::ISODate);
        if (at.isValid())
            return DateParser::format(at.toUTC().date());
    }
    return apiValue;
}

QString countCell(int count)
{
    return count ? QString::number(count) : QStringLiteral("&#8211;");
}

} // namespace

QString ReviewReport::headerLine(const Input &input)
{
    const QString file =
            input.fileName.isEmpty() ? tr("Untitled") : QFileInfo(input.fileName).fileName();
    QString registerText;
    if (!input.registerReadAt.isValid()) {
        registerText = tr("employee register never read");
    } else {
        const qint64 days = input.registerReadAt.daysTo(input.madeAt);
        registerText = tr("employee register read %1 (%n day(s) before)", nullptr, int(days))
                               .arg(dateTimeText(input.registerReadAt));
    }
    return tr("%1 · Ditio (%2) · %3 · made %4")
            .arg(file, input.environmentTitle, registerText, dateTimeText(input.madeAt));
}

bool ReviewReport::writeHtml(const Input &input, QIODevice *device)
{
    QByteArray buffer;
    const auto flush = [&] {
        const bool ok = device->write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    const bool written = write(
            input,
            [&](const QString &text) {
                buffer += text.toUtf8();
                return buffer.size() < 64 * 1024 || flush();
            },
            -1, true);
    return written && flush();
}

bool ReviewReport::write(const Input &input, const Sink &sink, int rowLimit, bool standalone)
{
    const CertificateTableModel &model = *input.model;
    const Ledger emptyLedger;
    const Ledger &ledger = input.ledger ? *input.ledger : emptyLedger;
    const QList<RowChangeInfo> changes = input.changes.size() == model.rowCount()
            ? input.changes
            : ChangeClassifier::classifyAll(model, ledger);
    const ReviewSummary summary = ReviewSummary::build(model, changes);

    QString html;
    if (standalone) {
        html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                               "<title>%1</title><style>"
                               "body{font-family:sans-serif;font-size:10pt}"
                               "table{border-collapse:collapse}"
                               "th,td{border:1px solid #999;padding:2px 6px;text-align:left}"
                               "td.n{text-align:right}"
                               "</style></head><body>\n")
                        .arg(escaped(tr("Review before upload")));
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(headerLine(input)));
    }
    html += QStringLiteral("<h1>%1</h1>\n")
                    .arg(escaped(
                            tr("Review before upload to Ditio (%1)").arg(input.environmentTitle)));
    html += QStringLiteral("<p>%1</p>\n")
                    .arg(escaped(tr("What an upload of this file would change in Ditio, judged "
                                    "by what this computer sent there before. Ditio cannot be "
                                    "asked what it holds: certificates sent from elsewhere are "
                                    "not known here.")));

    // The summary by type.
    html += QStringLiteral("<h2>%1</h2>\n<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"
                           "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th>"
                           "<th>%7</th><th>%8</th><th>%9</th></tr>\n")
                    .arg(escaped(tr("Summary")), escaped(tr("Certificate type")),
                         escaped(tr("New in Ditio")), escaped(tr("Update")),
                         escaped(tr("Unchanged")), escaped(tr("Unconfirmed")),
                         escaped(tr("Errors")), escaped(tr("Unknown employees")),
                         escaped(tr("Rows")));
    const auto countsRow = [](const QString &label, const ReviewSummary::Counts &c, bool bold) {
        const QString cell = bold ? QStringLiteral("<td class=\"n\"><b>%1</b></td>")
                                  : QStringLiteral("<td class=\"n\">%1</td>");
        QString line = QStringLiteral("<tr><td>%1</td>")
                               .arg(bold ? QStringLiteral("<b>%1</b>").arg(label) : label);
        for (int n : {c.newRows, c.updates, c.unchanged, c.unconfirmed, c.errors,
                      c.unknownEmployees, c.rows})
            line += cell.arg(countCell(n));
        return line + QStringLiteral("</tr>\n");
    };
    for (const ReviewSummary::TypeCounts &type : summary.byType)
        html += countsRow(
                escaped(type.certificateType.isEmpty() ? tr("(no type)") : type.certificateType),
                type.counts, false);
    html += countsRow(escaped(tr("All rows")), summary.total, true);
    html += QStringLiteral("</table>\n<p>%1</p>\n")
                    .arg(escaped(tr("An upload of the changes sends %n row(s).", nullptr,
                                    summary.total.toSend())));
    if (!sink(html))
        return false;
    html.clear();

    const auto more = [&](int shown, int total) {
        return QStringLiteral("<p><i>%1</i></p>\n")
                .arg(escaped(tr("%n more not listed here; the HTML report lists every row.",
                                nullptr, total - shown)));
    };

    // Every change.
    const int toSend = summary.total.toSend();
    html += QStringLiteral("<h2>%1</h2>\n")
                    .arg(escaped(tr("Changes (%n row(s))", nullptr, toSend)));
    if (toSend == 0) {
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("Nothing would change in Ditio.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>"
                               "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                        .arg(escaped(tr("Row")), escaped(tr("Employee")),
                             escaped(tr("Certificate type")), escaped(tr("Change")),
                             escaped(tr("Old -> new")));
    }
    int listed = 0;
    for (int r = 0; r < model.rowCount() && toSend > 0; ++r) {
        const CertificateRow &row = model.row(r);
        const RowChangeInfo &info = changes.at(r);
        if (row.isBlank() || model.rowHasErrors(r) || info.change == RowChange::Unchanged)
            continue;
        if (rowLimit >= 0 && listed >= rowLimit) {
            ++listed;
            continue;
        }
        ++listed;
        QStringList details;
        if (info.change == RowChange::Update && info.entry) {
            const LedgerValues before = unpackLedgerValues(info.entry->confirmedValues);
            for (Field field : allFields()) {
                if (!info.fieldChanged(field))
                    continue;
                const QString was = displayValue(field, before[fieldIndex(field)]);
                const QString now = displayValue(field, row.apiValue(field));
                details.append(
                        escaped(tr("%1: %2 -> %3")
                                        .arg(fieldTitle(field), was.isEmpty() ? tr("(empty)") : was,
                                             now.isEmpty() ? tr("(empty)") : now)));
            }
        } else if (info.change == RowChange::New) {
            details.append(escaped(
                    tr("valid %1 to %2")
                            .arg(displayValue(Field::IssuedDate, row.apiValue(Field::IssuedDate)),
                                 displayValue(Field::ValidUntilDate,
                                              row.apiValue(Field::ValidUntilDate)))));
        } else if (info.entry && info.entry->hasUnconfirmed()) {
            details.append(escaped(tr("sent %1 without a clear answer")
                                           .arg(dateTimeText(QDateTime::fromMSecsSinceEpoch(
                                                   info.entry->unconfirmedAtMs, Qt::UTC)))));
        }
        const QString name = model.employeeName(r);
        const QString employee = name.isEmpty()
                ? row.text(Field::EmployeeNumber)
                : tr("%1 %2").arg(row.text(Field::EmployeeNumber), name);
        html += QStringLiteral("<tr><td class=\"n\">%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td>%5</td></tr>\n")
                        .arg(QString::number(ValidationReport::reportedRow(model, r)),
                             escaped(employee), escaped(row.text(Field::CertificateType)),
                             escaped(rowChangeTitle(info.change)),
                             details.join(QStringLiteral("<br>")));
        if (html.size() > 32 * 1024) {
            if (!sink(html))
                return false;
            html.clear();
        }
    }
    if (toSend > 0) {
        html += QStringLiteral("</table>\n");
        if (rowLimit >= 0 && listed > rowLimit)
            html += more(rowLimit, listed);
    }

    // Every row with a problem.
    int problemRows = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        problemRows += !model.row(r).isBlank() && model.rowHasProblems(r);
    html += QStringLiteral("<h2>%1</h2>\n")
                    .arg(escaped(tr("Rows with problems (%n)", nullptr, problemRows)));
    if (problemRows == 0) {
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No row has a problem.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>"
                               "<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                        .arg(escaped(tr("Row")), escaped(tr("Employee")),
                             escaped(tr("Certificate type")), escaped(tr("Problems")));
    }
    listed = 0;
    for (int r = 0; r < model.rowCount() && problemRows > 0; ++r) {
        const CertificateRow &row = model.row(r);
        if (row.isBlank() || !model.rowHasProblems(r))
            continue;
        if (rowLimit >= 0 && listed++ >= rowLimit)
            continue;
        QStringList lines;
        for (const Issue &issue : model.issues(r))
            lines.append(escaped(tr("%1: %2").arg(severityTitle(issue.severity), issue.message)));
        html += QStringLiteral("<tr><td class=\"n\">%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "</tr>\n")
                        .arg(QString::number(ValidationReport::reportedRow(model, r)),
                             escaped(row.text(Field::EmployeeNumber)),
                             escaped(row.text(Field::CertificateType)),
                             lines.join(QStringLiteral("<br>")));
        if (html.size() > 32 * 1024) {
            if (!sink(html))
                return false;
            html.clear();
        }
    }
    if (problemRows > 0) {
        html += QStringLiteral("</table>\n");
        if (rowLimit >= 0 && listed > rowLimit)
            html += more(rowLimit, listed);
    }

    // Employees the register does not list.
    QMap<QString, int> unknown;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!model.row(r).isBlank() && model.employeeUnknownToDitio(r))
            ++unknown[model.row(r).text(Field::EmployeeNumber)];
    }
    html += QStringLiteral("<h2>%1</h2>\n")
                    .arg(escaped(tr("Employees Ditio does not know (%n)", nullptr,
                                    int(unknown.size()))));
    if (!input.registerReadAt.isValid()) {
        html += QStringLiteral("<p>%1</p>\n")
                        .arg(escaped(tr("The employee register was never read for this "
                                        "environment: employee numbers are not checked.")));
    } else if (unknown.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                        .arg(escaped(tr("Every employee number is in Ditio's register.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>"
                               "<th>%1</th><th>%2</th></tr>\n")
                        .arg(escaped(tr("Employee number")), escaped(tr("Rows")));
        listed = 0;
        for (auto it = unknown.cbegin(); it != unknown.cend(); ++it) {
            if (rowLimit >= 0 && listed++ >= rowLimit)
                continue;
            html += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td></tr>\n")
                            .arg(escaped(it.key()), QString::number(it.value()));
        }
        html += QStringLiteral("</table>\n");
        if (rowLimit >= 0 && listed > rowLimit)
            html += more(rowLimit, listed);
    }

    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<p>%3</p>\n")
                    .arg(escaped(tr("Approval")),
                         escaped(tr("Reviewed by: ______________________________")),
                         escaped(tr("Date and signature: ______________________________")));
    if (standalone)
        html += QStringLiteral("</body></html>\n");
    return sink(html);
}

bool ReviewReport::writePdf(const Input &input, const QString &path, QString *error, int rowLimit)
{
    QString html;
    write(
            input,
            [&html](const QString &text) {
                html += text;
                return true;
            },
            rowLimit, false);

    SaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Review before upload to Ditio (%1)").arg(input.environmentTitle));
    writer.setCreator(QCoreApplication::applicationName());

    QPainter painter;
    if (!painter.begin(&writer)) {
        file.discard();
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRectF area(0, 0, page.width(), page.height());

    QFont font = painter.font();
    font.setPointSizeF(9);
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(QStringLiteral("th{background-color:#e6e6e6}"));
    document.setHtml(html);

    QFont small = font;
    small.setPointSizeF(7.5);
    painter.setFont(small);
    const qreal line = QFontMetricsF(small, &writer).height();
    const qreal headerHeight = line * 2;
    const qreal footerHeight = line * 2;
    const qreal bodyHeight = area.height() - headerHeight - footerHeight;
    document.setPageSize(QSizeF(area.width(), bodyHeight));

    const QString header = headerLine(input);
    const int pages = document.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(small);
        painter.drawText(QRectF(0, 0, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         header);
        painter.drawLine(QPointF(0, line * 1.4), QPointF(area.width(), line * 1.4));
        painter.drawText(QRectF(0, area.height() - line, area.width(), line),
                         Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(p + 1).arg(pages));

        painter.save();
        painter.translate(0, headerHeight - p * bodyHeight);
        const QRectF clip(0, p * bodyHeight, area.width(), bodyHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end() || !file.commit()) {
        if (error)
            *error =
                    tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.reason());
        file.discard();
        return false;
    }
    return true;
}

} // namespace Ditio
