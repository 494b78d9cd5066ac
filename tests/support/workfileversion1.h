#pragma once

// Version 1 of the work file, written as the app wrote it before version 2
// (the code of WorkFile::serialize() then, unchanged): one indented JSON
// document with a "rows" array of objects. The app reads these files still;
// the tests make them here, of any content, and the benchmark measures them.

#include "workfile/workdocument.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DitioTest {

inline QJsonObject version1Row(const Ditio::CertificateRow &row)
{
    using namespace Ditio;
    QJsonObject json;
    if (row.sourceRow > 0)
        json.insert(u"sourceRow", row.sourceRow);
    QJsonObject values;
    QJsonObject sources;
    QJsonObject parsed;
    QJsonArray formulas;
    for (Field field : allFields()) {
        const QString name = fieldApiName(field);
        if (!row.text(field).isEmpty())
            values.insert(name, row.text(field));
        if (!row.sourceText(field).isEmpty())
            sources.insert(name, row.sourceText(field));
        if (row.isFromFormula(field))
            formulas.append(name);
        if (isDateField(field) && row.date(field).isValid())
            parsed.insert(name, row.apiValue(field));
    }
    json.insert(u"values", values);
    if (!sources.isEmpty())
        json.insert(u"sources", sources);
    if (!formulas.isEmpty())
        json.insert(u"formulas", formulas);
    if (!parsed.isEmpty())
        json.insert(u"parsed", parsed);
    if (row.uploadState != UploadState::NotSent) {
        QJsonObject upload;
        upload.insert(u"state", uploadStateKey(row.uploadState));
        if (row.uploadedAt.isValid())
            upload.insert(u"at", row.uploadedAt.toUTC().toString(Qt::ISODateWithMs));
        if (!row.uploadMessage.isEmpty())
            upload.insert(u"message", row.uploadMessage);
        json.insert(u"upload", upload);
    }
    return json;
}

inline QByteArray serializeVersion1(const Ditio::WorkDocument &document)
{
    QJsonObject root;
    root.insert(u"format", QStringLiteral("ditio-certificates-work-file"));
    root.insert(u"version", 1);
    root.insert(u"savedBy", QStringLiteral("Ditio Certificates " DITIO_VERSION));
    if (!document.sourcePath.isEmpty()) {
        QJsonObject source;
        source.insert(u"path", document.sourcePath);
        if (!document.sourceFormat.isEmpty())
            source.insert(u"format", document.sourceFormat);
        root.insert(u"source", source);
    }
    if (!document.documentPath.isEmpty())
        root.insert(u"recoveryOf", document.documentPath);
    QJsonArray rows;
    for (const Ditio::CertificateRow &row : document.rows)
        rows.append(version1Row(row));
    root.insert(u"rows", rows);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace DitioTest
