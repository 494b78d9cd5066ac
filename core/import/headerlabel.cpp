#include "headerlabel.h"

#include <QHash>

#include <algorithm>

namespace Ditio {

namespace {

using Meaning = HeaderLabel::Meaning;

struct Word
{
    const char16_t *text;
    Meaning meaning;
};

// Folded words and what they mean. Norwegian compounds are split into these
// ("kursbevisnummer" = kursbevis + nummer), so only whole words are listed.
constexpr Word Words[] = {
        {u"employee", Meaning::Employee},
        {u"emp", Meaning::Employee},
        {u"empl", Meaning::Employee},
        {u"worker", Meaning::Employee},
        {u"staff", Meaning::Employee},
        {u"ansatt", Meaning::Employee},
        {u"ansatte", Meaning::Employee},
        {u"medarbeider", Meaning::Employee},
        {u"arbeidstaker", Meaning::Employee},
        {u"personal", Meaning::Employee},
        {u"lønn", Meaning::Employee}, // lønnsnr: the payroll number
        {u"lonn", Meaning::Employee},
        {u"ressurs", Meaning::Employee},

        {u"number", Meaning::Number},
        {u"nummer", Meaning::Number},
        {u"nr", Meaning::Number},
        {u"no", Meaning::Number},
        {u"num", Meaning::Number},
        {u"id", Meaning::Number},
        {u"#", Meaning::Number},

        {u"certificate", Meaning::Certificate},
        {u"cert", Meaning::Certificate},
        {u"certification", Meaning::Certificate},
        {u"licence", Meaning::Certificate},
        {u"license", Meaning::Certificate},
        {u"sertifikat", Meaning::Certificate},
        {u"sert", Meaning::Certificate},
        {u"sertifisering", Meaning::Certificate},
        {u"kursbevis", Meaning::Certificate},
        {u"bevis", Meaning::Certificate},
        {u"kompetansebevis", Meaning::Certificate},
        {u"lisens", Meaning::Certificate},
        {u"dokument", Meaning::Certificate},
        {u"document", Meaning::Certificate},

        {u"course", Meaning::Course},
        {u"competence", Meaning::Course},
        {u"competency", Meaning::Course},
        {u"qualification", Meaning::Course},
        {u"training", Meaning::Course},
        {u"skill", Meaning::Course},
        {u"kurs", Meaning::Course},
        {u"kompetanse", Meaning::Course},
        {u"kvalifikasjon", Meaning::Course},
        {u"opplæring", Meaning::Course},
        {u"opplaring", Meaning::Course},

        {u"type", Meaning::Type},
        {u"kind", Meaning::Type},
        {u"category", Meaning::Type},
        {u"kategori", Meaning::Type},

        {u"name", Meaning::Name},
        {u"navn", Meaning::Name},
        {u"title", Meaning::Name},
        {u"tittel", Meaning::Name},
        {u"betegnelse", Meaning::Name},

        {u"issued", Meaning::Issued},
        {u"issue", Meaning::Issued},
        {u"completed", Meaning::Issued},
        {u"completion", Meaning::Issued},
        {u"passed", Meaning::Issued},
        {u"obtained", Meaning::Issued},
        {u"awarded", Meaning::Issued},
        {u"utstedt", Meaning::Issued},
        {u"utstedelse", Meaning::Issued},
        {u"gjennomført", Meaning::Issued},
        {u"gjennomfort", Meaning::Issued},
        {u"bestått", Meaning::Issued},
        {u"bestatt", Meaning::Issued},
        {u"oppnådd", Meaning::Issued},

        {u"valid", Meaning::Valid},
        {u"validity", Meaning::Valid},
        {u"gyldig", Meaning::Valid},
        {u"gyldighet", Meaning::Valid},

        {u"from", Meaning::From},
        {u"fra", Meaning::From},
        {u"fom", Meaning::From}, // f.o.m.: fra og med

        {u"until", Meaning::Until},
        {u"to", Meaning::Until},
        {u"through", Meaning::Until},
        {u"til", Meaning::Until},
        {u"tom", Meaning::Until}, // t.o.m.: til og med

        {u"expiry", Meaning::Expiry},
        {u"expires", Meaning::Expiry},
        {u"expire", Meaning::Expiry},
        {u"expiration", Meaning::Expiry},
        {u"expiring", Meaning::Expiry},
        {u"renewal", Meaning::Expiry},
        {u"utløp", Meaning::Expiry},
        {u"utlop", Meaning::Expiry},
        {u"utløper", Meaning::Expiry},
        {u"utloper", Meaning::Expiry},
        {u"forfall", Meaning::Expiry},
        {u"forfaller", Meaning::Expiry},
        {u"fornyelse", Meaning::Expiry},

        {u"date", Meaning::Date},
        {u"datetime", Meaning::Date},
        {u"time", Meaning::Date},
        {u"dato", Meaning::Date},
        {u"tid", Meaning::Date},
        {u"tidspunkt", Meaning::Date},

        {u"notes", Meaning::Notes},
        {u"note", Meaning::Notes},
        {u"comment", Meaning::Notes},
        {u"remark", Meaning::Notes},
        {u"description", Meaning::Notes},
        {u"info", Meaning::Notes},
        {u"merknad", Meaning::Notes},
        {u"anmerkning", Meaning::Notes},
        {u"kommentar", Meaning::Notes},
        {u"notat", Meaning::Notes},
        {u"beskrivelse", Meaning::Notes},
        {u"informasjon", Meaning::Notes},

        // Columns HR exports carry beside the certificates. Known, so that
        // "Personnummer" (a national identity number) is never taken for a
        // typo of "Personalnummer".
        {u"person", Meaning::Other},
        {u"fødsel", Meaning::Other},
        {u"fodsel", Meaning::Other},
        {u"birth", Meaning::Other},
        {u"ssn", Meaning::Other},
        {u"avdeling", Meaning::Other},
        {u"department", Meaning::Other},
        {u"prosjekt", Meaning::Other},
        {u"project", Meaning::Other},
        {u"stilling", Meaning::Other},
        {u"position", Meaning::Other},
        {u"leder", Meaning::Other},
        {u"manager", Meaning::Other},
        {u"firma", Meaning::Other},
        {u"company", Meaning::Other},
        {u"epost", Meaning::Other},
        {u"email", Meaning::Other},
        {u"telefon", Meaning::Other},
        {u"phone", Meaning::Other},
        {u"mobil", Meaning::Other},
        {u"adresse", Meaning::Other},
        {u"address", Meaning::Other},
        {u"status", Meaning::Other},
};

// Words that carry nothing: "Date of issue", "Dato for utløp".
constexpr const char16_t *Fillers[] = {u"of", u"the", u"for", u"and", u"at", u"in",
                                       u"og", u"av",  u"på",  u"pa",  u"i"};

// Format hints outside brackets: "dd.mm.yyyy", "åååå-mm-dd", "UTC".
bool isHint(QStringView word)
{
    static constexpr const char16_t *Zones[] = {u"utc", u"gmt",    u"cet", u"cest",
                                                u"iso", u"format", u"z"};
    for (const char16_t *zone : Zones) {
        if (word == QStringView(zone))
            return true;
    }
    if (word.size() < 2)
        return false;
    for (QChar c : word) {
        if (c != u'd' && c != u'm' && c != u'y' && c != u'å' && c != u'h' && c != u's' && c != u't')
            return false;
    }
    // Letters of a date or time pattern, but not a word: "dd", "åååå", "yyyymmdd".
    return word.count(word.front()) >= 2 || word.size() >= 4;
}

const QHash<QString, Meaning> &vocabulary()
{
    static const QHash<QString, Meaning> table = [] {
        QHash<QString, Meaning> t;
        for (const Word &word : Words)
            t.insert(QString::fromUtf16(word.text), word.meaning);
        return t;
    }();
    return table;
}

// A word as listed, or listed once its plural or definite ending is taken
// off: "sertifikater", "employees", "datoen", "merknadene".
std::optional<Meaning> lookUp(QStringView word)
{
    const auto &table = vocabulary();
    const auto found = table.constFind(word.toString());
    if (found != table.cend())
        return found.value();
    static constexpr const char16_t *Endings[] = {u"ene", u"ane", u"er", u"es", u"en",
                                                  u"et",  u"a",   u"e",  u"s",  u"r"};
    for (const char16_t *ending : Endings) {
        const QStringView end(ending);
        if (word.size() - end.size() >= 3 && word.endsWith(end)) {
            const auto stem = table.constFind(word.chopped(end.size()).toString());
            if (stem != table.cend())
                return stem.value();
        }
    }
    return std::nullopt;
}

// A Norwegian compound as words: "utløpsdato" = utløp + (s) + dato. Parts of
// three letters or more (so "kortnavn" is not kort + navn... nor anything),
// a number word ("nr", "no", "id") also last; a linking s or e between parts.
std::optional<QList<Meaning>> splitCompound(QStringView word)
{
    const qsizetype n = word.size();
    if (n < 5 || n > 40)
        return std::nullopt;
    // best[i]: the fewest parts that make up word[0, i), and how.
    struct Step
    {
        int parts = -1;
        qsizetype from = 0;
        Meaning meaning = Meaning::Employee;
    };
    QList<Step> best(n + 1);
    best[0].parts = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (best[i].parts < 0)
            continue;
        // A linking letter after a part, before the next one.
        qsizetype start = i;
        for (int linking = 0; linking < 2; ++linking) {
            if (linking == 1) {
                if (i == 0 || (word[i] != u's' && word[i] != u'e'))
                    break;
                start = i + 1;
            }
            for (qsizetype end = start + 2; end <= n; ++end) {
                const QStringView part = word.sliced(start, end - start);
                const std::optional<Meaning> meaning = lookUp(part);
                if (!meaning)
                    continue;
                if (part.size() < 3 && !(*meaning == Meaning::Number && end == n))
                    continue;
                if (best[end].parts < 0 || best[i].parts + 1 < best[end].parts)
                    best[end] = {best[i].parts + 1, i, *meaning};
            }
        }
    }
    if (best[n].parts < 2)
        return std::nullopt;
    QList<Meaning> meanings;
    for (qsizetype at = n; at > 0; at = best[at].from)
        meanings.prepend(best[at].meaning);
    return meanings;
}

} // namespace

QStringList HeaderLabel::words(const QString &header)
{
    // Hints in brackets go first, unless the brackets hold the whole label.
    QString text;
    text.reserve(header.size());
    int depth = 0;
    for (QChar c : header) {
        if (c == u'(' || c == u'[' || c == u'{' || c == u'<') {
            ++depth;
            text.append(u' ');
        } else if (depth > 0 && (c == u')' || c == u']' || c == u'}' || c == u'>')) {
            --depth;
        } else if (depth == 0) {
            text.append(c);
        }
    }
    if (text.trimmed().isEmpty())
        text = header;

    QStringList words;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty())
            words.append(word.toCaseFolded());
        word.clear();
    };
    QChar previous;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'#' || c == u'º' || c == u'°') {
            // "Cert #", "Nº", "N°": a number.
            if ((c == u'º' || c == u'°') && word.compare(u"n", Qt::CaseInsensitive) == 0)
                word.clear();
            endWord();
            words.append(QStringLiteral("#"));
        } else if (c.isLetter()) {
            // camelCase and letters after digits start a word.
            if (!word.isEmpty() && ((c.isUpper() && previous.isLower()) || previous.isDigit()))
                endWord();
            word.append(c);
        } else if (c.isDigit()) {
            if (!word.isEmpty() && !previous.isDigit())
                endWord();
            word.append(c);
        } else {
            endWord();
        }
        previous = c;
    }
    endWord();

    // Runs of single letters are one abbreviation: "t.o.m." is "tom".
    QStringList joined;
    for (qsizetype i = 0; i < words.size();) {
        qsizetype j = i;
        QString run;
        while (j < words.size() && words.at(j).size() == 1 && words.at(j).front().isLetter())
            run += words.at(j++);
        if (run.size() >= 2) {
            joined.append(run);
            i = j;
        } else {
            joined.append(words.at(i++));
        }
    }
    joined.removeIf([](const QString &w) { return isHint(w); });
    return joined;
}

std::optional<QList<HeaderLabel::Meaning>> HeaderLabel::meanings(const QStringList &words)
{
    QList<Meaning> meanings;
    for (const QString &word : words) {
        if (std::find(std::begin(Fillers), std::end(Fillers), QStringView(word))
            != std::end(Fillers))
            continue;
        if (const std::optional<Meaning> meaning = lookUp(word)) {
            meanings.append(*meaning);
        } else if (const std::optional<QList<Meaning>> parts = splitCompound(word)) {
            meanings += *parts;
        } else {
            return std::nullopt;
        }
    }
    if (meanings.isEmpty())
        return std::nullopt;
    return meanings;
}

std::optional<Field> HeaderLabel::field(const QList<Meaning> &meanings)
{
    const auto has = [&](Meaning c) { return meanings.contains(c); };
    // Only these among the meanings.
    const auto only = [&](std::initializer_list<Meaning> allowed) {
        for (Meaning c : meanings) {
            if (std::find(allowed.begin(), allowed.end(), c) == allowed.end())
                return false;
        }
        return true;
    };
    using C = Meaning;
    if (has(C::Other))
        return std::nullopt;
    if (has(C::Notes)) {
        if (only({C::Notes, C::Certificate, C::Course}))
            return Field::Notes;
        return std::nullopt;
    }
    const bool issued = has(C::Issued) || has(C::From);
    const bool until = has(C::Expiry) || has(C::Until);
    if (issued && until)
        return std::nullopt;
    if (issued) {
        // "Fra" alone is no date; "Gyldig fra", "Fra dato", "Utstedt" are.
        if (!has(C::Issued) && !has(C::Valid) && !has(C::Date))
            return std::nullopt;
        if (only({C::Issued, C::From, C::Valid, C::Date, C::Certificate, C::Course}))
            return Field::IssuedDate;
        return std::nullopt;
    }
    if (until) {
        if (!has(C::Expiry) && !has(C::Valid) && !has(C::Date))
            return std::nullopt;
        if (only({C::Expiry, C::Until, C::Valid, C::Date, C::Certificate, C::Course}))
            return Field::ValidUntilDate;
        return std::nullopt;
    }
    if (has(C::Employee)) {
        // "Ansatt navn" is a name; only "Ansatt nr" is the number.
        if (only({C::Employee, C::Number}) && has(C::Number))
            return Field::EmployeeNumber;
        return std::nullopt;
    }
    if (has(C::Number)) {
        // A course's number may be the course's code: only a certificate's
        // number is the certificate number.
        if (only({C::Certificate, C::Number}) && has(C::Certificate))
            return Field::CertificateNumber;
        return std::nullopt;
    }
    if (has(C::Certificate) || has(C::Course) || has(C::Type)) {
        if (only({C::Certificate, C::Course, C::Type, C::Name}))
            return Field::CertificateType;
    }
    return std::nullopt;
}

} // namespace Ditio
