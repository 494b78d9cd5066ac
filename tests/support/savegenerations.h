#pragma once

// The documents save_child saves over and over, and tst_savekill expects to
// find after killing it. Generation 0 is the file the test writes first; the
// child saves 1, 2, 3 … over it. Each is a complete document of the same
// rows, with its generation in the source path and in the last row's note,
// so the file on disk says which one it holds and can be compared byte for
// byte with that generation written whole.

#include "testhelpers.h"
#include "workfile/workdocument.h"

#include <QRegularExpression>

namespace DitioTest {

// The work file a recovery copy belongs to, in the recovery files save_child writes.
inline QString recoveredDocumentPath()
{
    return QStringLiteral("/home/anna/site.ditiocerts");
}

inline WorkDocument savedGeneration(int generation, const RowStore &rows,
                                    const QString &documentPath = {})
{
    WorkDocument document;
    document.rows = rows;
    document.documentPath = documentPath;
    document.sourcePath = QStringLiteral("/home/anna/generation %1.csv").arg(generation);
    document.sourceFormat = QStringLiteral("csv");
    if (!document.rows.isEmpty()) {
        document.rows[document.rows.size() - 1].setText(
                Field::Notes, QStringLiteral("Saved in generation %1").arg(generation));
    }
    return document;
}

// The generation a document read back says it is, or -1.
inline int generationOf(const WorkDocument &document)
{
    static const QRegularExpression pattern(QStringLiteral("^/home/anna/generation (\\d+)\\.csv$"));
    const QRegularExpressionMatch match = pattern.match(document.sourcePath);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace DitioTest
