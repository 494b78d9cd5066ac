#include "rowchange.h"

#include <QCoreApplication>

namespace Ditio {

QString rowChangeKey(RowChange change)
{
    switch (change) {
    case RowChange::New:
        return QStringLiteral("new");
    case RowChange::Update:
        return QStringLiteral("update");
    case RowChange::Unchanged:
        return QStringLiteral("unchanged");
    case RowChange::Unconfirmed:
        return QStringLiteral("unconfirmed");
    }
    return {};
}

QString rowChangeTitle(RowChange change)
{
    switch (change) {
    case RowChange::New:
        return QCoreApplication::translate("Ditio::RowChange", "New in Ditio");
    case RowChange::Update:
        return QCoreApplication::translate("Ditio::RowChange", "Update");
    case RowChange::Unchanged:
        return QCoreApplication::translate("Ditio::RowChange", "Unchanged");
    case RowChange::Unconfirmed:
        return QCoreApplication::translate("Ditio::RowChange", "Sent before but unconfirmed");
    }
    return {};
}

} // namespace Ditio
