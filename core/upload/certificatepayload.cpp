#include "certificatepayload.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Ditio {

QJsonObject CertificatePayload::toJson(const CertificateRow &row)
{
    QJsonObject object;
    for (Field field : allFields()) {
        const QString value = row.apiValue(field);
        if (!value.isEmpty())
            object.insert(fieldApiName(field), value);
    }
    return object;
}

static QJsonArray toArray(const QList<const CertificateRow *> &rows)
{
    QJsonArray array;
    for (const CertificateRow *row : rows)
        array.append(CertificatePayload::toJson(*row));
    return array;
}

QByteArray CertificatePayload::toJsonArray(const QList<const CertificateRow *> &rows)
{
    return QJsonDocument(toArray(rows)).toJson(QJsonDocument::Compact);
}

QByteArray CertificatePayload::toIndentedJsonArray(const QList<const CertificateRow *> &rows)
{
    return QJsonDocument(toArray(rows)).toJson(QJsonDocument::Indented);
}

} // namespace Ditio
