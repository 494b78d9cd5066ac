#pragma once

#include <QString>

#include <optional>

namespace Ditio {

// Where a row stands with Ditio. Only a 2xx answer to the request that carried
// the row makes it Uploaded; anything unclear is Unconfirmed (safe to resend:
// the API is an upsert).
enum class UploadState : quint8 {
    NotSent,
    Sending,
    Uploaded,
    Rejected,
    Unconfirmed,
};

// Stable names used in work files and the command line's JSON ("not-sent", ...).
QString uploadStateKey(UploadState state);
std::optional<UploadState> uploadStateFromKey(QStringView key);
// Translated, for the Status column.
QString uploadStateTitle(UploadState state);

} // namespace Ditio
