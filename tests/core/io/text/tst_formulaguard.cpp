// FormulaGuard: which texts a spreadsheet would run, the apostrophe the CSV
// export adds, and that unguard() gives back exactly the text guarded.

#include "io/text/formulaguard.h"

#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

class TestFormulaGuard : public QObject
{
    Q_OBJECT

private slots:
    void guard_data();
    void guard();
};

void TestFormulaGuard::guard_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("looksLikeFormula");
    QTest::addColumn<QString>("guarded");

    QTest::newRow("equals") << u"=1+1"_s << true << u"'=1+1"_s;
    QTest::newRow("plus") << u"+47 123"_s << true << u"'+47 123"_s;
    QTest::newRow("minus") << u"-5"_s << true << u"'-5"_s;
    QTest::newRow("at") << u"@SUM(A1:A2)"_s << true << u"'@SUM(A1:A2)"_s;
    QTest::newRow("tab") << u"\tx"_s << true << u"'\tx"_s;
    QTest::newRow("carriage return") << u"\rx"_s << true << u"'\rx"_s;
    QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_s << true << u"'=cmd|' /C calc'!A0"_s;
    QTest::newRow("plain") << u"Byggekort"_s << false << u"Byggekort"_s;
    QTest::newRow("equals inside") << u"a=b"_s << false << u"a=b"_s;
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("space first") << u" =1"_s << false << u" =1"_s;
    QTest::newRow("apostrophe text") << u"'tis"_s << false << u"'tis"_s;
    QTest::newRow("only apostrophes") << u"''"_s << false << u"''"_s;
    // Already guarded-looking: one more apostrophe, so unguard() restores it.
    QTest::newRow("apostrophe equals") << u"'=1"_s << false << u"''=1"_s;
    QTest::newRow("two apostrophes minus") << u"''-1"_s << false << u"'''-1"_s;
}

void TestFormulaGuard::guard()
{
    QFETCH(QString, text);
    QFETCH(bool, looksLikeFormula);
    QFETCH(QString, guarded);

    QCOMPARE(FormulaGuard::looksLikeFormula(text), looksLikeFormula);
    QCOMPARE(FormulaGuard::guard(text), guarded);
    QCOMPARE(FormulaGuard::needsGuard(text), guarded != text);
    QCOMPARE(FormulaGuard::unguard(guarded), text);
}

QTEST_GUILESS_MAIN(TestFormulaGuard)
#include "tst_formulaguard.moc"
