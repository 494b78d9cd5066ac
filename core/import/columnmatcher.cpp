#include "columnmatcher.h"

#include "headerlabel.h"
#include "util/foldedtext.h"

#include <QHash>

#include <cstdlib>

namespace Ditio {

namespace {

struct Alias
{
    const char16_t *text;
    Field field;
};

// Normalised aliases (see ColumnMatcher::normalized): lower case, letters and
// digits only.
constexpr Alias Aliases[] = {
        // Employee number
        {u"employeenumber", Field::EmployeeNumber},
        {u"employeeno", Field::EmployeeNumber},
        {u"employeeid", Field::EmployeeNumber},
        {u"empno", Field::EmployeeNumber},
        {u"ansattnr", Field::EmployeeNumber},
        {u"ansattnummer", Field::EmployeeNumber},
        {u"ansattid", Field::EmployeeNumber},
        {u"lonnsnr", Field::EmployeeNumber},
        {u"lønnsnr", Field::EmployeeNumber},
        {u"personalnr", Field::EmployeeNumber},
        {u"personalnummer", Field::EmployeeNumber},
        {u"ressursnr", Field::EmployeeNumber},
        // Certificate type
        {u"certificatetype", Field::CertificateType},
        {u"certificate", Field::CertificateType},
        {u"certification", Field::CertificateType},
        {u"qualification", Field::CertificateType},
        {u"course", Field::CertificateType},
        {u"competence", Field::CertificateType},
        {u"sertifikat", Field::CertificateType},
        {u"sertifikattype", Field::CertificateType},
        {u"sertifikatnavn", Field::CertificateType},
        {u"kurs", Field::CertificateType},
        {u"kursnavn", Field::CertificateType},
        {u"kompetanse", Field::CertificateType},
        {u"kompetansetype", Field::CertificateType},
        {u"kompetansenavn", Field::CertificateType},
        {u"bevis", Field::CertificateType},
        {u"type", Field::CertificateType},
        // Certificate number
        {u"certificatenumber", Field::CertificateNumber},
        {u"certificateno", Field::CertificateNumber},
        {u"certificateid", Field::CertificateNumber},
        {u"sertifikatnr", Field::CertificateNumber},
        {u"sertifikatnummer", Field::CertificateNumber},
        {u"kursbevisnr", Field::CertificateNumber},
        {u"kursbevisnummer", Field::CertificateNumber},
        {u"bevisnr", Field::CertificateNumber},
        {u"kortnr", Field::CertificateNumber},
        {u"kortnummer", Field::CertificateNumber},
        {u"dokumentnr", Field::CertificateNumber},
        // Issued
        {u"issueddatetime", Field::IssuedDate},
        {u"issued", Field::IssuedDate},
        {u"issuedate", Field::IssuedDate},
        {u"issueddate", Field::IssuedDate},
        {u"dateissued", Field::IssuedDate},
        {u"validfrom", Field::IssuedDate},
        {u"utstedt", Field::IssuedDate},
        {u"utstedtdato", Field::IssuedDate},
        {u"datoutstedt", Field::IssuedDate},
        {u"utstedelsesdato", Field::IssuedDate},
        {u"gyldigfra", Field::IssuedDate},
        {u"fradato", Field::IssuedDate},
        {u"gjennomfort", Field::IssuedDate},
        {u"gjennomført", Field::IssuedDate},
        {u"bestått", Field::IssuedDate},
        // Valid until
        {u"validuntildatetime", Field::ValidUntilDate},
        {u"validuntil", Field::ValidUntilDate},
        {u"validto", Field::ValidUntilDate},
        {u"expires", Field::ValidUntilDate},
        {u"expiry", Field::ValidUntilDate},
        {u"expirydate", Field::ValidUntilDate},
        {u"expirationdate", Field::ValidUntilDate},
        {u"gyldigtil", Field::ValidUntilDate},
        {u"gyldigtom", Field::ValidUntilDate},
        {u"utløpsdato", Field::ValidUntilDate},
        {u"utlopsdato", Field::ValidUntilDate},
        {u"utløper", Field::ValidUntilDate},
        {u"utloper", Field::ValidUntilDate},
        {u"utløp", Field::ValidUntilDate},
        {u"tildato", Field::ValidUntilDate},
        // Notes
        {u"notes", Field::Notes},
        {u"note", Field::Notes},
        {u"comment", Field::Notes},
        {u"comments", Field::Notes},
        {u"remarks", Field::Notes},
        {u"merknad", Field::Notes},
        {u"merknader", Field::Notes},
        {u"kommentar", Field::Notes},
        {u"kommentarer", Field::Notes},
        {u"notater", Field::Notes},
        {u"notat", Field::Notes},
        {u"beskrivelse", Field::Notes},
};

const QHash<QString, Field> &aliasTable()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> t;
        for (const Alias &alias : Aliases)
            t.insert(QString::fromUtf16(alias.text), alias.field);
        for (Field field : allFields()) {
            t.insert(ColumnMatcher::normalized(fieldApiName(field)), field);
            t.insert(ColumnMatcher::normalized(fieldTitle(field)), field);
        }
        return t;
    }();
    return table;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString ColumnMatcher::normalized(const QString &header)
{
    return foldedLettersAndDigits(header);
}

ColumnMatcher::Match ColumnMatcher::matchOne(const QString &header)
{
    const QString key = normalized(header);
    if (key.isEmpty())
        return {};
    const auto &table = aliasTable();
    const auto exact = table.constFind(key);
    if (exact != table.cend())
        return {exact.value(), 100};
    // Read as words: hints in brackets left out ("Gyldig til (dd.mm.åååå)"
    // is "Gyldig til", a known label), then what the words mean ("Cert #",
    // "Sertifikater", "Expiry date [UTC]"). Words that are all understood
    // but name no field ("Ansatt navn") are no typo of one either.
    constexpr qsizetype LongestLabel = 40;
    if (header.size() <= 2 * LongestLabel) {
        const QStringList words = HeaderLabel::words(header);
        const auto hintless = table.constFind(words.join(QString()));
        if (hintless != table.cend())
            return {hintless.value(), 100};
        if (const auto meanings = HeaderLabel::meanings(words)) {
            if (const std::optional<Field> field = HeaderLabel::field(*meanings))
                return {*field, 95};
            return {};
        }
    }
    // Fuzzy: a typo or two in a long enough label ("Utløpsdatoo", "Sertifkattype").
    // Never for long texts: a note of 30,000 characters in a row the header
    // search looks at is no label, and its edit distance would cost seconds.
    Match best;
    for (auto it = table.cbegin(); it != table.cend() && key.size() <= LongestLabel; ++it) {
        if (it.key().size() < 5)
            continue;
        const int allowed = it.key().size() >= 10 ? 2 : 1;
        // The distance is at least the difference in length: most values the
        // header search looks at (dates, numbers, names) end here, cheaply.
        if (std::abs(key.size() - it.key().size()) > allowed)
            continue;
        const int distance = editDistance(key, it.key());
        if (distance <= allowed) {
            const int score = 90 - distance * 10;
            if (score > best.score)
                best = {it.value(), score};
        }
    }
    if (best.field)
        return best;
    // A label that starts with a known one: "Utløpsdato (dd.mm.åååå)".
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (it.key().size() >= 8 && key.startsWith(it.key())) {
            const int score = 60;
            if (score > best.score)
                best = {it.value(), score};
        }
    }
    return best;
}

QList<ColumnMatcher::Match> ColumnMatcher::match(const QStringList &headers)
{
    QList<Match> matches;
    matches.reserve(headers.size());
    for (const QString &header : headers)
        matches.append(matchOne(header));
    // Each field to one column: the best score, the leftmost on a tie.
    for (Field field : allFields()) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < matches.size(); ++i) {
            if (matches.at(i).field == field
                && (best < 0 || matches.at(i).score > matches.at(best).score))
                best = i;
        }
        for (qsizetype i = 0; i < matches.size(); ++i) {
            if (i != best && matches.at(i).field == field)
                matches[i] = {};
        }
    }
    return matches;
}

int ColumnMatcher::findHeaderRow(const QList<QStringList> &rows)
{
    int bestRow = -1;
    int bestFields = 1; // a header must name at least two fields
    for (qsizetype r = 0; r < rows.size(); ++r) {
        int fields = 0;
        for (const Match &m : match(rows.at(r)))
            fields += m.field ? 1 : 0;
        if (fields > bestFields) {
            bestFields = fields;
            bestRow = int(r);
        }
    }
    return bestRow;
}

} // namespace Ditio
