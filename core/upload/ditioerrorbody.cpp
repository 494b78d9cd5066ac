#include "ditioerrorbody.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace Ditio {

namespace {

// A number mentioned in text is looked for in this much of it at most.
constexpr int MaxSearchedText = 64 * 1024;
// How many of the body's own messages the overall message quotes.
constexpr int QuotedMessages = 3;

// One message of the body, with the index of the item it is about when the body says.
struct Entry
{
    int index = -1;
    QString text;
};

QJsonValue valueOf(const QJsonObject &object, QLatin1StringView key)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

QString stringOf(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView key : keys) {
        const QJsonValue value = valueOf(object, key);
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
    }
    return {};
}

// "[2].EmployeeNumber", "$[2].employeeNumber", "[2]", "items[2]" -> 2; otherwise -1.
int indexInKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\$?\.?\w*\[(\d{1,9})\])"));
    const QRegularExpressionMatch match = pattern.match(key.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString joinedStrings(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    QStringList parts;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString() && !item.toString().trimmed().isEmpty())
                parts.append(item.toString().trimmed());
            else if (item.isObject()) {
                const QString text =
                        stringOf(item.toObject(),
                                 {QLatin1StringView("message"), QLatin1StringView("errorMessage")});
                if (!text.isEmpty())
                    parts.append(text);
            }
        }
    }
    return parts.join(u' ');
}

void readErrorItem(const QJsonValue &item, QList<Entry> &entries)
{
    if (item.isString()) {
        if (!item.toString().trimmed().isEmpty())
            entries.append({-1, item.toString().trimmed()});
        return;
    }
    if (!item.isObject())
        return;
    const QJsonObject object = item.toObject();
    Entry entry;
    entry.text = stringOf(object,
                          {QLatin1StringView("message"), QLatin1StringView("errorMessage"),
                           QLatin1StringView("description"), QLatin1StringView("detail"),
                           QLatin1StringView("title")});
    const QJsonValue index = valueOf(object, QLatin1StringView("index"));
    if (index.isDouble() && index.toDouble() >= 0)
        entry.index = index.toInt(-1);
    if (entry.index < 0) {
        const QString field =
                stringOf(object,
                         {QLatin1StringView("field"), QLatin1StringView("path"),
                          QLatin1StringView("propertyName"), QLatin1StringView("key")});
        entry.index = indexInKey(field);
    }
    if (!entry.text.isEmpty())
        entries.append(entry);
}

void readErrors(const QJsonValue &errors, QList<Entry> &entries)
{
    if (errors.isArray()) {
        const QJsonArray array = errors.toArray();
        for (const QJsonValue &item : array)
            readErrorItem(item, entries);
    } else if (errors.isObject()) {
        // Problem details: {"[2].EmployeeNumber": ["..."], "$": ["..."]}
        const QJsonObject object = errors.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString text = joinedStrings(it.value());
            if (!text.isEmpty())
                entries.append({indexInKey(it.key()), text});
        }
    } else if (errors.isString()) {
        readErrorItem(errors, entries);
    }
}

// The headline of a JSON object: "message", else "title" (plus "detail"), else "error".
QString headlineOf(const QJsonObject &object)
{
    QString headline = stringOf(object, {QLatin1StringView("message")});
    if (headline.isEmpty()) {
        headline = stringOf(object, {QLatin1StringView("title")});
        const QString detail = stringOf(object, {QLatin1StringView("detail")});
        if (!detail.isEmpty())
            headline = headline.isEmpty() ? detail : headline + u' ' + detail;
    }
    if (headline.isEmpty())
        headline = stringOf(object, {QLatin1StringView("error_description")});
    if (headline.isEmpty()) {
        const QJsonValue error = valueOf(object, QLatin1StringView("error"));
        if (error.isString())
            headline = error.toString().trimmed();
        else if (error.isObject())
            headline = headlineOf(error.toObject());
    }
    return headline;
}

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// True when text[from, from + length) is a whole token: not part of a longer word or
// number ("21042", "A1042"), nor of a date or decimal ("1042-01-15", "3.1042").
bool isWholeToken(const QString &text, qsizetype from, qsizetype length)
{
    const auto joins = [&text](qsizetype separator, qsizetype beyond) {
        if (separator < 0 || separator >= text.size())
            return false;
        const QChar c = text.at(separator);
        if (isTokenChar(c))
            return true;
        const bool numberSeparator = c == u'-' || c == u'.' || c == u'/' || c == u':';
        return numberSeparator && beyond >= 0 && beyond < text.size() && text.at(beyond).isDigit();
    };
    return !joins(from - 1, from - 2) && !joins(from + length, from + length + 1);
}

bool mentions(const QString &text, const QString &number)
{
    for (qsizetype at = text.indexOf(number); at >= 0; at = text.indexOf(number, at + 1)) {
        if (isWholeToken(text, at, number.size()))
            return true;
    }
    return false;
}

} // namespace

QString DitioErrorBody::readable(const QString &text)
{
    QString result = text;
    if (result.contains(u'<') && result.contains(u'>')) {
        static const QRegularExpression tags(QStringLiteral("<[^>]{0,500}>"));
        result.replace(tags, QStringLiteral(" "));
    }
    result = result.simplified();
    // Control characters other than whitespace say nothing to a reader.
    result.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    if (result.size() > MaxMessageLength) {
        result.truncate(MaxMessageLength - 1);
        if (result.back().isHighSurrogate())
            result.chop(1);
        result = result.trimmed() + QChar(0x2026);
    }
    return result;
}

DitioErrorBody DitioErrorBody::parse(const QByteArray &body, const QStringList &employeeNumbers)
{
    QString headline;
    QList<Entry> entries;
    bool parsed = false;
    if (body.size() <= MaxParsedBodySize) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            parsed = true;
            if (document.isObject()) {
                const QJsonObject object = document.object();
                headline = headlineOf(object);
                readErrors(valueOf(object, QLatin1StringView("errors")), entries);
            } else if (document.isArray()) {
                readErrors(document.array(), entries);
            }
        } else {
            // A bare JSON string ("\"Employee 1052 ...\"") is not a document to Qt.
            const QJsonDocument wrapped =
                    QJsonDocument::fromJson("[" + body.trimmed() + "]", &error);
            if (error.error == QJsonParseError::NoError && wrapped.array().size() == 1
                && wrapped.array().at(0).isString()) {
                parsed = true;
                headline = wrapped.array().at(0).toString();
            }
        }
    }
    if (!parsed)
        headline = QString::fromUtf8(body.left(MaxSearchedText));

    DitioErrorBody result;

    // The overall message: the headline, then the first few distinct item messages.
    QStringList quoted;
    for (const Entry &entry : std::as_const(entries)) {
        const QString text = readable(entry.text);
        if (!text.isEmpty() && !quoted.contains(text) && text != readable(headline))
            quoted.append(text);
    }
    QString message = readable(headline);
    if (!quoted.isEmpty()) {
        const qsizetype more = quoted.size() - QuotedMessages;
        QString details = quoted.mid(0, QuotedMessages).join(u' ');
        if (more > 0)
            details = tr("%1 (and %2 more)").arg(details).arg(more);
        if (message.isEmpty())
            message = details;
        else if (message.endsWith(u'.') || message.endsWith(u':'))
            message = message + u' ' + details;
        else
            message = message + QStringLiteral(": ") + details;
    }
    result.m_message = readable(message);

    // Rows named by index.
    QMap<int, Attribution> byIndex;
    const int count = int(employeeNumbers.size());
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.index < 0 || entry.index >= count)
            continue;
        Attribution &attribution = byIndex[entry.index];
        attribution.index = entry.index;
        const QString text = readable(entry.text);
        if (attribution.message.isEmpty())
            attribution.message = text;
        else if (!attribution.message.contains(text))
            attribution.message = readable(attribution.message + u' ' + text);
    }

    // Rows named by an employee number in the text: the item messages that are not tied to
    // an index, then the headline (its message is the whole body's).
    QHash<QString, QList<int>> rowsOfNumber;
    for (int i = 0; i < count; ++i) {
        const QString number = employeeNumbers.at(i).trimmed();
        if (!number.isEmpty())
            rowsOfNumber[number].append(i);
    }
    QList<Entry> texts;
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.index < 0 || entry.index >= count)
            texts.append(entry);
    }
    texts.append({-1, headline.left(MaxSearchedText)});
    for (const Entry &entry : std::as_const(texts)) {
        const QString rowMessage = entry.text == headline ? result.m_message : readable(entry.text);
        for (auto it = rowsOfNumber.constBegin(); it != rowsOfNumber.constEnd(); ++it) {
            if (!mentions(entry.text, it.key()))
                continue;
            for (int index : it.value()) {
                if (byIndex.contains(index))
                    continue; // an index, or an earlier message, already named it
                Attribution &attribution = byIndex[index];
                attribution.index = index;
                attribution.employeeNumber = it.key();
                attribution.message = rowMessage;
                attribution.ambiguous = it.value().size() > 1;
            }
        }
    }
    result.m_attributions = byIndex.values();
    return result;
}

} // namespace Ditio
