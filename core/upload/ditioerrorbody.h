#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ditio {

// What a refused certificates request (400, 422) said, whatever shape the body
// had: {error, message}; {message, errors: [{field, message}]}; ASP.NET problem
// details {title, status, errors: {"[2].EmployeeNumber": ["..."]}}; plain text,
// English or Norwegian. Gives a readable message (never raw JSON) and the rows
// of the request the body names, by index or by an employee number in the text.
class DitioErrorBody
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::DitioErrorBody)

public:
    // Messages longer than this are cut (with "…"): a body may be a whole HTML page.
    static constexpr int MaxMessageLength = 400;
    // Bodies larger than this are not parsed as JSON, only read as text.
    static constexpr int MaxParsedBodySize = 1024 * 1024;

    // One row of the request the body names.
    struct Attribution
    {
        int index = -1; // 0-based within the request
        QString employeeNumber; // set when the row was found by its employee number
        QString message; // what the body says about this row (the whole message otherwise)
        // Found by an employee number that several rows of the request share: the body
        // may mean only one of them.
        bool ambiguous = false;

        bool operator==(const Attribution &other) const = default;
    };

    // employeeNumbers: the employee number of each item of the request, by index.
    static DitioErrorBody parse(const QByteArray &body, const QStringList &employeeNumbers);

    // Trimmed, one line, at most MaxMessageLength characters; empty for an empty body.
    QString message() const { return m_message; }
    // Sorted by index, one entry per index.
    QList<Attribution> attributions() const { return m_attributions; }
    bool namesRows() const { return !m_attributions.isEmpty(); }

    // Whitespace collapsed, HTML tags dropped, cut to MaxMessageLength.
    static QString readable(const QString &text);

private:
    QString m_message;
    QList<Attribution> m_attributions;
};

} // namespace Ditio
