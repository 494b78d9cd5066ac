#include "import/columnmatcher.h"

#include <QTest>

using namespace Ditio;

class TestColumnMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matchOne_data();
    void matchOne();
    void eachFieldGoesToOneColumn();
    void findHeaderRow_data();
    void findHeaderRow();
};

void TestColumnMatcher::matchOne_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field"); // -1: no match
    QTest::addColumn<int>("score");

    const auto row = [](const char *name, const QString &header, int field, int score) {
        QTest::newRow(name) << header << field << score;
    };
    const int employee = int(Field::EmployeeNumber);
    const int type = int(Field::CertificateType);
    const int number = int(Field::CertificateNumber);
    row("a whole header row read as one label", u"Ansattnr;Kurs;Utstedt;Utløper;Merknad"_qs, -1, 0);
    const int issued = int(Field::IssuedDate);
    const int until = int(Field::ValidUntilDate);
    const int notes = int(Field::Notes);
    row("API name", u"employeeNumber"_qs, employee, 100);
    row("API name, other case", u"VALIDUNTILDATETIME"_qs, until, 100);
    row("app title", u"Certificate number"_qs, number, 100);
    row("Ansattnr.", u"Ansattnr."_qs, employee, 100);
    row("Ansatt-nummer", u"Ansatt-nummer"_qs, employee, 100);
    row("Ansattnummer", u"Ansattnummer"_qs, employee, 100);
    row("Employee ID", u"Employee ID"_qs, employee, 100);
    row("Certificate No.", u"Certificate No."_qs, number, 100);
    row("Date issued", u"Date issued"_qs, issued, 100);
    row("Comments", u"Comments"_qs, notes, 100);
    row("Sertifikat", u"Sertifikat"_qs, type, 100);
    row("Sertifikattype", u"Sertifikattype"_qs, type, 100);
    row("Kurs", u"Kurs"_qs, type, 100);
    row("Kompetanse", u"Kompetanse"_qs, type, 100);
    row("Sertifikatnr", u"Sertifikatnr"_qs, number, 100);
    row("Kursbevis nr", u"Kursbevis nr"_qs, number, 100);
    row("Utstedt", u"Utstedt"_qs, issued, 100);
    row("Dato utstedt", u"Dato utstedt"_qs, issued, 100);
    row("Gyldig fra", u"Gyldig fra"_qs, issued, 100);
    row("Gyldig til", u"Gyldig til"_qs, until, 100);
    row("Utløpsdato", u"Utløpsdato"_qs, until, 100);
    row("Utløper", u"Utløper"_qs, until, 100);
    row("Merknad", u"Merknad"_qs, notes, 100);
    row("Kommentar", u"Kommentar"_qs, notes, 100);
    row("Notater", u"Notater"_qs, notes, 100);
    row("Expiry date", u"Expiry date"_qs, until, 100);
    row("typo: Sertifkattype", u"Sertifkattype"_qs, type, 80);
    row("typo: Utløpsdatoo", u"Utløpsdatoo"_qs, until, 80);
    // Headers as competence systems write them: read as words.
    row("hint in brackets: a known label", u"Utløpsdato (dd.mm.åååå)"_qs, until, 100);
    row("Gyldig til (dd.mm.åååå)", u"Gyldig til (dd.mm.åååå)"_qs, until, 100);
    row("Expiry date [UTC]", u"Expiry date [UTC]"_qs, until, 100);
    row("hint without brackets", u"Utstedt dd.mm.yyyy"_qs, issued, 100);
    row("Emp. no.", u"Emp. no."_qs, employee, 100);
    row("Ansatt nr", u"Ansatt nr"_qs, employee, 100);
    row("Sertifikat-nr.", u"Sertifikat-nr."_qs, number, 100);
    row("Cert #", u"Cert #"_qs, number, 95);
    row("Certificate Nº", u"Certificate Nº"_qs, number, 95);
    row("Sert. ID", u"Sert. ID"_qs, number, 95);
    row("camelCase: certNo", u"certNo"_qs, number, 95);
    row("camelCase: EmployeeID", u"EmployeeID"_qs, employee, 100);
    row("mixed: Ansatt number", u"Ansatt number"_qs, employee, 95);
    row("mixed: Sertifikat expiry", u"Sertifikat expiry"_qs, until, 95);
    row("plural: Sertifikater", u"Sertifikater"_qs, type, 95);
    row("plural: Certificates", u"Certificates"_qs, type, 95);
    row("plural: Employee numbers", u"Employee numbers"_qs, employee, 95);
    row("plural compound: Utløpsdatoer", u"Utløpsdatoer"_qs, until, 95);
    row("definite: Utløpsdatoen", u"Utløpsdatoen"_qs, until, 95);
    row("plural: Merknader", u"Merknader"_qs, notes, 100);
    row("plural: Kursmerknader", u"Kursmerknader"_qs, notes, 95);
    row("compound with a linking s: Utstedelsesdato", u"Utstedelsesdato"_qs, issued, 100);
    row("compound: Kursbevisnummer (hint)", u"Kursbevisnummer [tekst]"_qs, number, 100);
    row("compound: Sertifikatnavn", u"Sertifikatnavn"_qs, type, 100);
    row("Gyldig t.o.m.", u"Gyldig t.o.m."_qs, until, 100);
    row("Gyldig f.o.m.", u"Gyldig f.o.m."_qs, issued, 95);
    row("Date of issue", u"Date of issue"_qs, issued, 95);
    row("Valid to (UTC)", u"Valid to (UTC)"_qs, until, 100);
    row("Renewal date", u"Renewal date"_qs, until, 95);
    row("Course name", u"Course name"_qs, type, 95);
    row("Kompetansetype", u"Kompetansetype"_qs, type, 100);
    row("Dato fullført? no: unknown word", u"Dato fullført"_qs, -1, 0);
    row("understood, but no field: Employee name", u"Employee name"_qs, -1, 0);
    row("understood, but no field: Fra", u"Fra"_qs, -1, 0);
    row("understood, but no field: Dato", u"Dato"_qs, -1, 0);
    row("understood, but unclear: Kurs nr (a course code?)", u"Kurs nr"_qs, -1, 0);
    row("understood, but unclear: issued and expiry", u"Utstedt/utløper"_qs, -1, 0);
    row("a name is not a number: Kortnavn", u"Kortnavn"_qs, -1, 0);
    row("a national identity number is not the employee's", u"Personnummer"_qs, -1, 0);
    row("nor a birth number", u"Fødselsnummer"_qs, -1, 0);
    row("a manager's number is not the employee's", u"Leder ansattnr"_qs, -1, 0);
    row("a department", u"Avdeling nr."_qs, -1, 0);
    row("employee name is not the number", u"Ansatt navn"_qs, -1, 0);
    row("unrelated", u"Avdeling"_qs, -1, 0);
    row("empty", QString(), -1, 0);
    // A long note in a row the header search looks at: no label, and no
    // seconds spent on its edit distance.
    row("40,000 characters", QString(40000, u'x'), -1, 0);
}

void TestColumnMatcher::matchOne()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    QFETCH(int, score);

    const ColumnMatcher::Match match = ColumnMatcher::matchOne(header);
    QCOMPARE(match.field ? int(*match.field) : -1, field);
    QCOMPARE(match.score, score);
}

void TestColumnMatcher::eachFieldGoesToOneColumn()
{
    // "Sertifikat" and "Sertifikattype" both mean the type: the exact alias
    // that scores best wins, the leftmost on a tie; the other is left unmapped.
    const QList<ColumnMatcher::Match> matches = ColumnMatcher::match(
            {u"Ansattnr"_qs, u"Kurs"_qs, u"Sertifikattype"_qs, u"Utløpsdato"_qs});
    QCOMPARE(matches.size(), 4);
    QCOMPARE(matches.at(0).field, Field::EmployeeNumber);
    QCOMPARE(matches.at(1).field, Field::CertificateType);
    QCOMPARE(matches.at(2).field, std::nullopt);
    QCOMPARE(matches.at(3).field, Field::ValidUntilDate);
}

void TestColumnMatcher::findHeaderRow_data()
{
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<int>("headerRow");

    QTest::newRow("header on the first row")
            << QList<QStringList> {{u"Ansattnr"_qs, u"Kurs"_qs, u"Gyldig til"_qs},
                                   {u"1042"_qs, u"Byggekort"_qs, u"15.01.2028"_qs}}
            << 0;
    QTest::newRow("title and blank rows above the header") << QList<QStringList> {
            {u"Kompetanseoversikt Veidekke Bygg"_qs},
            {u"Utskrevet 28.11.2026"_qs},
            {},
            {u"Ansattnr"_qs, u"Navn"_qs, u"Sertifikat"_qs, u"Utstedt"_qs, u"Utløper"_qs},
            {u"1042"_qs, u"Kari"_qs, u"Byggekort"_qs, u"15.01.2026"_qs,
             u"15.01.2028"_qs}} << 3;
    QTest::newRow("no header at all")
            << QList<QStringList> {{u"1042"_qs, u"Byggekort"_qs}, {u"1043"_qs, u"Kurs"_qs}} << -1;
}

void TestColumnMatcher::findHeaderRow()
{
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, headerRow);
    QCOMPARE(ColumnMatcher::findHeaderRow(rows), headerRow);
}

QTEST_GUILESS_MAIN(TestColumnMatcher)
#include "tst_columnmatcher.moc"
