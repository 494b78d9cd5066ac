#include "certificategenerator.h"

#include <QRandomGenerator>
#include <QStringEncoder>

namespace Ditio {

QList<CertificateRow> CertificateGenerator::rows(int count) const
{
    static const QStringList types = {
            QStringLiteral("Byggekort"),           QStringLiteral("Kranførerbevis"),
            QStringLiteral("Truckførerbevis"),     QStringLiteral("Arbeidsvarsling 1"),
            QStringLiteral("Fallsikring"),         QStringLiteral("Førstehjelp"),
            QStringLiteral("Varme arbeider"),      QStringLiteral("Stillasmontør"),
            QStringLiteral("Maskinførerbevis M2"), QStringLiteral("Asbestsanering"),
            QStringLiteral("byggekort"), // the spelling variant HR exports carry
    };
    QRandomGenerator random(m_seed);
    QList<CertificateRow> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        CertificateRow row;
        row.sourceRow = i + 2;
        row.setText(Field::EmployeeNumber, QString::number(1000 + i / 3));
        const int type = random.bounded(100) == 0 ? 10 : (i % 3) * 3 + random.bounded(3);
        row.setText(Field::CertificateType, types.at(type));
        row.setText(Field::CertificateNumber, QStringLiteral("BK-%1").arg(100000 + i));
        const QDate issued = QDate(2020, 1, 1).addDays(random.bounded(2500));
        const QDate until = issued.addYears(2 + random.bounded(4));
        row.setText(Field::IssuedDate, issued.toString(u"dd.MM.yyyy"));
        row.setText(Field::ValidUntilDate,
                    random.bounded(500) == 0 ? QStringLiteral("31.02.2027")
                                             : until.toString(u"dd.MM.yyyy"));
        if (i % 7 == 0)
            row.setText(Field::Notes, QStringLiteral("Utstedt av opplæringskontoret"));
        result.append(row);
    }
    return result;
}

QByteArray CertificateGenerator::norwegianExcelCsv(int count) const
{
    static const QStringList firstNames = {
            QStringLiteral("Ola"),   QStringLiteral("Kari"),    QStringLiteral("Bjørn"),
            QStringLiteral("Åse"),   QStringLiteral("Øystein"), QStringLiteral("Kjærsti"),
            QStringLiteral("Per"),   QStringLiteral("Ingrid"),  QStringLiteral("Håkon"),
            QStringLiteral("Sølvi"),
    };
    static const QStringList lastNames = {
            QStringLiteral("Nordmann"), QStringLiteral("Bjørnstad"), QStringLiteral("Løvås"),
            QStringLiteral("Hansen"),   QStringLiteral("Ødegård"),   QStringLiteral("Kvalsæth"),
            QStringLiteral("Berg"),     QStringLiteral("Åsheim"),
    };
    static const QStringList notes = {
            QStringLiteral("Utstedt av opplæringskontoret"),
            QStringLiteral("\"Kurs hos Veidekke; fornyet\""), // quoted: holds a ';'
            QStringLiteral("\"Instruktør: \"\"Sjur\"\" Sæther\""), // doubled quotes
            QStringLiteral("Må fornyes før årsskiftet"),
    };
    const QList<CertificateRow> certificates = rows(count);
    QRandomGenerator random(m_seed + 1);
    QString text;
    text.reserve(qsizetype(count) * 80 + 100);
    text += QStringLiteral(
            "Ansattnr;Navn;Sertifikattype;Sertifikatnr;Utstedt;Gyldig til;Merknad\r\n");
    for (const CertificateRow &row : certificates) {
        text += row.text(Field::EmployeeNumber);
        text += u';';
        text += firstNames.at(random.bounded(int(firstNames.size())));
        text += u' ';
        text += lastNames.at(random.bounded(int(lastNames.size())));
        text += u';';
        text += row.text(Field::CertificateType);
        text += u';';
        text += row.text(Field::CertificateNumber);
        text += u';';
        text += row.text(Field::IssuedDate);
        text += u';';
        text += row.text(Field::ValidUntilDate);
        text += u';';
        // HR systems carry more notes than the table generator's every 7th row.
        if (!row.text(Field::Notes).isEmpty() || random.bounded(4) == 0)
            text += notes.at(random.bounded(int(notes.size())));
        text += u"\r\n";
    }
    QStringEncoder encoder("windows-1252");
    if (encoder.isValid())
        return encoder.encode(text);
    // Every character above is Latin-1, where Windows-1252 agrees.
    return text.toLatin1();
}

} // namespace Ditio
