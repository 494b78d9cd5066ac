#include "editscript.h"

#include "model/certificatetableeditor.h"
#include "model/certificatetablemodel.h"

#include <QUndoStack>

using namespace Ditio;

namespace DitioTest {

namespace {

QList<int> numbers(const QString &list, bool *ok)
{
    QList<int> result;
    *ok = true;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        bool partOk = false;
        result.append(part.toInt(&partOk));
        *ok = *ok && partOk;
    }
    return result;
}

} // namespace

QList<QStringList> EditScript::batches(const QString &script)
{
    QList<QStringList> result {QStringList()};
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed == u"save")
            result.append(QStringList());
        else
            result.last().append(line);
    }
    if (result.last().isEmpty())
        result.removeLast();
    return result;
}

bool EditScript::apply(const QString &line, CertificateTableModel &model,
                       CertificateTableEditor &editor, QUndoStack &stack, QString *error)
{
    const QStringList parts = line.split(u'\t');
    const QString &command = parts.first();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why + QStringLiteral(": ") + line;
        return false;
    };
    bool ok1 = false;
    bool ok2 = false;
    if (command == u"insert" && parts.size() == 3) {
        const int position = parts.at(1).toInt(&ok1);
        const int count = parts.at(2).toInt(&ok2);
        if (!ok1 || !ok2)
            return fail(QStringLiteral("bad numbers"));
        editor.insertEmptyRows(position, count);
    } else if (command == u"set" && parts.size() == 4) {
        const int row = parts.at(1).toInt(&ok1);
        const int column = parts.at(2).toInt(&ok2);
        if (!ok1 || !ok2 || row < 0 || row >= model.rowCount()
            || !CertificateTableModel::isFieldColumn(column))
            return fail(QStringLiteral("no such cell"));
        editor.setCell(row, Field(column), parts.at(3));
    } else if (command == u"paste" && parts.size() >= 4) {
        const int row = parts.at(1).toInt(&ok1);
        const int column = parts.at(2).toInt(&ok2);
        if (!ok1 || !ok2)
            return fail(QStringLiteral("bad numbers"));
        const QList<int> targets = row < model.rowCount() ? QList<int> {row} : QList<int>();
        editor.paste(targets, column, {parts.mid(3)});
    } else if (command == u"remove" && parts.size() == 2) {
        const QList<int> rows = numbers(parts.at(1), &ok1);
        if (!ok1)
            return fail(QStringLiteral("bad rows"));
        editor.removeRows(rows);
    } else if (command == u"filldown" && parts.size() == 3) {
        const int column = parts.at(1).toInt(&ok1);
        const QList<int> rows = numbers(parts.at(2), &ok2);
        if (!ok1 || !ok2)
            return fail(QStringLiteral("bad numbers"));
        editor.fillDown({rows}, {column});
    } else if (command == u"replace" && parts.size() == 3) {
        editor.replaceAll(parts.at(1), parts.at(2), Qt::CaseSensitive, false);
    } else if (command == u"undo" && parts.size() == 1) {
        stack.undo();
    } else if (command == u"redo" && parts.size() == 1) {
        stack.redo();
    } else {
        return fail(QStringLiteral("not understood"));
    }
    return true;
}

bool EditScript::applyAll(const QString &script, CertificateTableModel &model,
                          CertificateTableEditor &editor, QUndoStack &stack, QString *error)
{
    for (const QStringList &batch : batches(script)) {
        for (const QString &line : batch) {
            if (!apply(line, model, editor, stack, error))
                return false;
        }
    }
    return true;
}

} // namespace DitioTest
