#include "uploadsummarydialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Ditio {

UploadSummaryDialog::UploadSummaryDialog(const UploadSummary &summary, QWidget *parent)
    : QDialog(parent), m_summary(summary), m_headline(new QLabel(this)), m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("uploadSummaryDialog"));
    setWindowTitle(tr("Upload Summary"));

    const QString where = summary.environment.isEmpty() ? tr("Ditio") : summary.environment;
    QString headline;
    if (summary.cancelled)
        headline = tr("The upload to %1 was cancelled.").arg(where);
    else if (!summary.stopReason.isEmpty())
        headline = tr("The upload to %1 stopped early.").arg(where);
    else if (summary.complete() && summary.skippedInvalid == 0)
        headline = tr("Every row was uploaded to %1.").arg(where);
    else if (summary.complete())
        headline = tr("Every row without errors was uploaded to %1; %n row(s) with errors were "
                      "not sent.",
                      nullptr, summary.skippedInvalid)
                           .arg(where);
    else
        headline = tr("The upload to %1 finished; some rows were not uploaded.").arg(where);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setText(QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped()));
    m_headline->setWordWrap(true);

    // One line per state, each with a link to the rows.
    struct Line
    {
        QString label;
        int count;
        int state; // -1: no link
        QString explanation;
    };
    const QList<Line> lines = {
            {uploadStateTitle(UploadState::Uploaded), summary.uploaded, int(UploadState::Uploaded),
             tr("Ditio confirmed these rows.")},
            {uploadStateTitle(UploadState::Rejected), summary.rejected, int(UploadState::Rejected),
             tr("Ditio refused them; its reason is in each row's Status.")},
            {uploadStateTitle(UploadState::Unconfirmed), summary.unconfirmed,
             int(UploadState::Unconfirmed), tr("No clear answer came; safe to send again.")},
            {tr("Not sent"), summary.notSent, int(UploadState::NotSent),
             tr("The run stopped first, or the row was edited while being sent.")},
            {tr("Not sent (errors)"), summary.skippedInvalid, -1,
             tr("Fix the errors shown in the table first.")},
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    QStringList plain;
    for (const Line &line : lines) {
        if (line.count == 0 && line.state != int(UploadState::Uploaded))
            continue;
        const QString link = line.state >= 0 && line.count > 0
                ? QStringLiteral("<a href=\"state:%1\">%2</a>").arg(line.state).arg(tr("Show"))
                : QString();
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\"><b>%2</b></td>"
                               "<td>&nbsp;%3</td><td>&nbsp;%4</td></tr>")
                        .arg(line.label.toHtmlEscaped(), QLocale().toString(line.count),
                             line.explanation.toHtmlEscaped(), link);
        plain.append(QStringLiteral("%1: %2").arg(line.label).arg(line.count));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Environment: %1 · requests: %2 · time: %3")
                                 .arg(where.toHtmlEscaped())
                                 .arg(summary.requests)
                                 .arg(UploadSummary::durationText(summary.elapsedMs)));
    if (!summary.stopReason.isEmpty() && !summary.cancelled)
        html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Why it stopped: %1").arg(summary.stopReason.toHtmlEscaped()));
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setText(html);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setWordWrap(true);
    m_counts->setProperty("plainCounts", plain.join(u'\n'));
    connect(m_counts, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("state:"))) {
            emit showRowsRequested(UploadState(link.mid(6).toInt()));
            accept();
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (summary.unconfirmed > 0 || summary.notSent > 0) {
        QPushButton *again = buttons->addButton(tr("Send &Again"), QDialogButtonBox::ActionRole);
        again->setObjectName(QStringLiteral("sendAgainButton"));
        connect(again, &QPushButton::clicked, this, [this] {
            accept();
            emit sendAgainRequested();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *icon = new QLabel(this);
    const QStyle::StandardPixmap pixmap = summary.complete()
            ? QStyle::SP_DialogApplyButton
            : (summary.rejected > 0 || summary.stopped() ? QStyle::SP_MessageBoxWarning
                                                         : QStyle::SP_MessageBoxInformation);
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(32, 32));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString UploadSummaryDialog::headline() const
{
    return m_headline->text();
}

QString UploadSummaryDialog::countsText() const
{
    return m_counts->property("plainCounts").toString();
}

} // namespace Ditio
