#pragma once

#include <QDateTime>
#include <QString>

namespace Ditio {

// One upload run as the store keeps it, for a details view
// (CertificateStore::run()).
struct StoreRun
{
    qint64 id = 0;
    QString environmentId;
    QString environmentTitle;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid: never finished (the program was stopped)
    QString sourceFile;
    int uploaded = 0;
    int rejected = 0;
    int unconfirmed = 0;
};

} // namespace Ditio
