#include "io/text/formulaguard.h"

namespace Ditio {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

qsizetype leadingMarks(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == FormulaGuard::Mark)
        ++i;
    return i;
}

} // namespace

bool FormulaGuard::looksLikeFormula(QStringView text)
{
    return !text.isEmpty() && isFormulaStart(text.front());
}

bool FormulaGuard::needsGuard(QStringView text)
{
    const qsizetype marks = leadingMarks(text);
    return marks < text.size() && isFormulaStart(text[marks]);
}

QString FormulaGuard::guard(const QString &text)
{
    return needsGuard(text) ? Mark + text : text;
}

QString FormulaGuard::unguard(const QString &text)
{
    const qsizetype marks = leadingMarks(text);
    if (marks > 0 && marks < text.size() && isFormulaStart(text[marks]))
        return text.mid(1);
    return text;
}

} // namespace Ditio
