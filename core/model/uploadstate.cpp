#include "uploadstate.h"

#include <QCoreApplication>

namespace Ditio {

QString uploadStateKey(UploadState state)
{
    switch (state) {
    case UploadState::NotSent:
        return QStringLiteral("not-sent");
    case UploadState::Sending:
        return QStringLiteral("sending");
    case UploadState::Uploaded:
        return QStringLiteral("uploaded");
    case UploadState::Rejected:
        return QStringLiteral("rejected");
    case UploadState::Unconfirmed:
        return QStringLiteral("unconfirmed");
    }
    return {};
}

std::optional<UploadState> uploadStateFromKey(QStringView key)
{
    for (UploadState state : {UploadState::NotSent, UploadState::Sending, UploadState::Uploaded,
                              UploadState::Rejected, UploadState::Unconfirmed}) {
        if (key == uploadStateKey(state))
            return state;
    }
    return std::nullopt;
}

QString uploadStateTitle(UploadState state)
{
    switch (state) {
    case UploadState::NotSent:
        return QCoreApplication::translate("Ditio::UploadState", "Not sent");
    case UploadState::Sending:
        return QCoreApplication::translate("Ditio::UploadState", "Sending");
    case UploadState::Uploaded:
        return QCoreApplication::translate("Ditio::UploadState", "Uploaded");
    case UploadState::Rejected:
        return QCoreApplication::translate("Ditio::UploadState", "Rejected");
    case UploadState::Unconfirmed:
        return QCoreApplication::translate("Ditio::UploadState", "Unconfirmed");
    }
    return {};
}

} // namespace Ditio
