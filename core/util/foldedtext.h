#pragma once

#include <QString>

namespace Ditio {

// Letters and digits only, case-folded: "Byggekort " and "BYGGE-KORT" both give
// "byggekort". How the app compares certificate types and column headers.
inline QString foldedLettersAndDigits(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            folded.append(c.toCaseFolded());
    }
    return folded;
}

} // namespace Ditio
