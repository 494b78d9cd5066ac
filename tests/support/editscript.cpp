#include "editscript.h"

#include "model/certificatetableeditor.h"
#include "model/certificatetablemodel.h"

#include <QTimeZone>
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

// \t, \n, \\ and \uXXXX in a script's text.
QString unescaped(const QString &text)
{
    if (!text.contains(u'\\'))
        return text;
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u't') {
            out += u'\t';
        } else if (next == u'n') {
            out += u'\n';
        } else if (next == u'u' && i + 4 < text.size()) {
            out += QChar(char16_t(QStringView(text).mid(i + 1, 4).toUShort(nullptr, 16)));
            i += 4;
        } else {
            out += next;
        }
    }
    return out;
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
    QStringList parts = line.split(u'\t');
    for (QString &part : parts)
        part = unescaped(part);
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
    } else if (command == u"upload" && parts.size() >= 3 && parts.size() <= 5) {
        const int row = parts.at(1).toInt(&ok1);
        const auto state = uploadStateFromKey(parts.at(2));
        const auto environment = parts.size() == 5 ? DitioEnvironment::kindFromKey(parts.at(4))
                                                   : std::optional<DitioEnvironment::Kind>();
        if (!ok1 || row < 0 || row >= model.rowCount() || !state
            || (parts.size() == 5 && !environment))
            return fail(QStringLiteral("no such row, state or environment"));
        model.setUploadResult(row, *state, parts.value(3), uploadTime(), environment);
    } else if (command == u"undo" && parts.size() == 1) {
        stack.undo();
    } else if (command == u"redo" && parts.size() == 1) {
        stack.redo();
    } else {
        return fail(QStringLiteral("not understood"));
    }
    return true;
}

QDateTime EditScript::uploadTime()
{
    return QDateTime(QDate(2026, 11, 27), QTime(14, 3, 7, 250), QTimeZone::utc());
}

QString EditScript::generated(int k, int rowCount)
{
    // A small deterministic spread over the rows (and no rows: an insert).
    const auto pick = [&](int prime) {
        return rowCount > 0 ? int((qint64(k) * prime) % rowCount) : 0;
    };
    const QString n = QString::number(k);
    if (rowCount == 0)
        return QStringLiteral("insert\t0\t1");
    switch (k % 10) {
    case 0:
    case 1:
    case 2:
        return QStringLiteral("set\t%1\t%2\tedit %3 æøå")
                .arg(pick(7919))
                .arg(k % FieldCount)
                .arg(n);
    case 3:
        return QStringLiteral("insert\t%1\t%2").arg(pick(31)).arg(1 + k % 3);
    case 4:
        return QStringLiteral("remove\t%1").arg(pick(17));
    case 5: {
        static const char *const states[] = {"uploaded", "rejected", "unconfirmed", "sending"};
        return QStringLiteral("upload\t%1\t%2\tmessage %3 \\\"q\\\"")
                .arg(pick(101))
                .arg(QLatin1String(states[(k / 10) % 4]))
                .arg(n);
    }
    case 6:
        return QStringLiteral("undo");
    case 7:
        return QStringLiteral("paste\t%1\t%2\tp%3\tq%3").arg(pick(13)).arg(k % 4).arg(n);
    case 8:
        return QStringLiteral("set\t%1\t5\tnote %2 \\u0001 \\ud83d\\ude00").arg(pick(29)).arg(n);
    default:
        return QStringLiteral("redo");
    }
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
