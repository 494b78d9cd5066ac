#include "certificategenerator.h"

#include <QRandomGenerator>

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

} // namespace Ditio
