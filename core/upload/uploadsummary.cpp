#include "uploadsummary.h"

#include <QLocale>
#include <QStringList>

namespace Ditio {

QString UploadSummary::durationText(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString UploadSummary::text() const
{
    // Counts come first ("3 rejected"), so the sentences read the same for one or many.
    QStringList counts;
    counts.append(tr("%1 uploaded").arg(uploaded));
    if (rejected > 0)
        counts.append(tr("%1 rejected by Ditio").arg(rejected));
    if (unconfirmed > 0)
        counts.append(tr("%1 unconfirmed (safe to send again)").arg(unconfirmed));
    if (notSent > 0)
        counts.append(tr("%1 not sent").arg(notSent));
    if (skippedInvalid > 0)
        counts.append(tr("%1 not sent because of errors").arg(skippedInvalid));
    if (removed > 0)
        counts.append(tr("%1 deleted while sending").arg(removed));

    const QString where = environment.isEmpty() ? tr("Ditio") : environment;
    QStringList sentences;
    if (cancelled)
        sentences.append(
                tr("Upload to %1 cancelled: %2.").arg(where, counts.join(QStringLiteral(", "))));
    else if (!stopReason.isEmpty())
        sentences.append(
                tr("Upload to %1 stopped: %2.").arg(where, counts.join(QStringLiteral(", "))));
    else
        sentences.append(
                tr("Upload to %1 finished: %2.").arg(where, counts.join(QStringLiteral(", "))));
    if (!stopReason.isEmpty() && !cancelled) {
        QString reason = stopReason.trimmed();
        if (!reason.endsWith(u'.') && !reason.endsWith(u'!') && !reason.endsWith(u'?'))
            reason += u'.';
        sentences.append(tr("Reason: %1").arg(reason));
    }
    sentences.append(tr("Requests: %1; time: %2.").arg(requests).arg(durationText(elapsedMs)));
    if (rejected > 0)
        sentences.append(tr("Correct the rejected rows, then send again."));
    else if (unconfirmed > 0 || notSent > 0)
        sentences.append(tr("Send again to upload the rest."));

    return sentences.join(u' ');
}

} // namespace Ditio
