// DitioErrorBody: every body shape Ditio's APIs are known or likely to answer a 400 with,
// read into a readable message and the rows of the request it names.

#include "upload/ditioerrorbody.h"

#include <QTest>

using namespace Ditio;

namespace {

// "2 1052: message", "1 1052 ambiguous: message", "0: message" (by index)
QStringList attributionTexts(const DitioErrorBody &body)
{
    QStringList texts;
    for (const DitioErrorBody::Attribution &a : body.attributions()) {
        QString text = QString::number(a.index);
        if (!a.employeeNumber.isEmpty())
            text += u' ' + a.employeeNumber;
        if (a.ambiguous)
            text += QStringLiteral(" ambiguous");
        texts.append(text + QStringLiteral(": ") + a.message);
    }
    return texts;
}

const QStringList threeRows {QStringLiteral("1050"), QStringLiteral("1051"),
                             QStringLiteral("1052")};

} // namespace

class TestDitioErrorBody : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void hugeAndGarbageBodiesStayBounded_data();
    void hugeAndGarbageBodiesStayBounded();
};

void TestDitioErrorBody::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("attributions");

    const QString unknown1052 =
            QStringLiteral("Employee number 1052 does not match an existing user.");

    QTest::newRow("error and message") << QByteArray(
            R"({"error":"ValidationError","message":"Employee number 1052 does not match an existing user."})")
                                       << threeRows << unknown1052
                                       << QStringList {QStringLiteral("2 1052: ") + unknown1052};
    QTest::newRow("message and errors list") << QByteArray(
            R"({"message":"Validation failed","errors":[{"category":"Certificate","code":"ValidationError","field":"EmployeeNumber","message":"Employee number 1052 does not match an existing user."}]})")
                                             << threeRows
                                             << QStringLiteral("Validation failed: ")
                    + unknown1052 << QStringList {QStringLiteral("2 1052: ") + unknown1052};
    QTest::newRow("errors list, two rows") << QByteArray(
            R"({"message":"Validation failed","errors":[{"field":"IssuedDateTime","message":"Bad date (employee number 1050)."},{"field":"EmployeeNumber","message":"Employee number 1052 does not match an existing user."}]})")
                                           << threeRows
                                           << QStringLiteral("Validation failed: Bad date "
                                                             "(employee number 1050). ")
                    + unknown1052
                                           << QStringList {
                                                      QStringLiteral("0 1050: Bad date (employee "
                                                                     "number 1050)."),
                                                      QStringLiteral("2 1052: ") + unknown1052};
    QTest::newRow("problem details [i].Field") << QByteArray(
            R"({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"[2].EmployeeNumber":["The employee number does not match an existing user."]}})")
                                               << threeRows
                                               << QStringLiteral(
                                                          "One or more validation errors occurred. "
                                                          "The employee number does not "
                                                          "match an existing user.")
                                               << QStringList {QStringLiteral(
                                                          "2: The employee number does not match "
                                                          "an existing user.")};
    QTest::newRow("problem details $[i].field") << QByteArray(
            R"({"title":"Bad request","status":400,"errors":{"$[1].employeeNumber":["Required."]}})")
                                                << threeRows
                                                << QStringLiteral("Bad request: Required.")
                                                << QStringList {QStringLiteral("1: Required.")};
    QTest::newRow("problem details [i] alone")
            << QByteArray(
                       R"({"title":"Bad request","errors":{"[0]":["The item is not an object."]}})")
            << threeRows << QStringLiteral("Bad request: The item is not an object.")
            << QStringList {QStringLiteral("0: The item is not an object.")};
    QTest::newRow("problem details, two messages for one row") << QByteArray(
            R"({"title":"Invalid.","errors":{"[1].IssuedDateTime":["Bad issued date."],"[1].ValidUntilDateTime":["Bad end date."]}})")
                                                               << threeRows
                                                               << QStringLiteral(
                                                                          "Invalid. Bad issued "
                                                                          "date. Bad end date.")
                                                               << QStringList {QStringLiteral(
                                                                          "1: Bad issued date. Bad "
                                                                          "end date.")};
    QTest::newRow("problem details naming the whole body") << QByteArray(
            R"({"title":"One or more validation errors occurred.","status":400,"errors":{"$":["The request body must be a JSON array."]}})")
                                                           << threeRows
                                                           << QStringLiteral(
                                                                      "One or more validation "
                                                                      "errors occurred. The "
                                                                      "request body must be a "
                                                                      "JSON array.")
                                                           << QStringList();
    QTest::newRow("index beyond the request")
            << QByteArray(R"({"title":"Invalid","errors":{"[7].EmployeeNumber":["Required."]}})")
            << threeRows << QStringLiteral("Invalid: Required.") << QStringList();
    QTest::newRow("plain text") << unknown1052.toUtf8() << threeRows << unknown1052
                                << QStringList {QStringLiteral("2 1052: ") + unknown1052};
    QTest::newRow("Norwegian text")
            << QStringLiteral("Ansattnummer 1052 finnes ikke. Velg fra listen").toUtf8()
            << threeRows << QStringLiteral("Ansattnummer 1052 finnes ikke. Velg fra listen")
            << QStringList {
                       QStringLiteral("2 1052: Ansattnummer 1052 finnes ikke. Velg fra listen")};
    QTest::newRow("Norwegian text with letters beyond ASCII")
            << QStringLiteral("Verdien '2026-13-45' er ikke en gyldig dato (ansattnummer 1051).\n")
                       .toUtf8()
            << threeRows
            << QStringLiteral("Verdien '2026-13-45' er ikke en gyldig dato (ansattnummer 1051).")
            << QStringList {QStringLiteral(
                       "1 1051: Verdien '2026-13-45' er ikke en gyldig dato (ansattnummer 1051).")};
    QTest::newRow("number inside a longer number is not a match")
            << QByteArray("Ansattnummer 10521 finnes ikke") << threeRows
            << QStringLiteral("Ansattnummer 10521 finnes ikke") << QStringList();
    QTest::newRow("number inside a word is not a match")
            << QByteArray("Code A1052 and X1050Y are unknown") << threeRows
            << QStringLiteral("Code A1052 and X1050Y are unknown") << QStringList();
    QTest::newRow("number inside a date is not a match")
            << QByteArray("The date 2026-01-15 is wrong")
            << QStringList {QStringLiteral("2026"), QStringLiteral("15")}
            << QStringLiteral("The date 2026-01-15 is wrong") << QStringList();
    QTest::newRow("number not in the request is not a match")
            << QByteArray("Employee number 1099 does not exist") << threeRows
            << QStringLiteral("Employee number 1099 does not exist") << QStringList();
    QTest::newRow("number shared by two rows is ambiguous")
            << QByteArray("Employee number 1052 does not match an existing user.")
            << QStringList {QStringLiteral("1052"), QStringLiteral("1050"), QStringLiteral("1052")}
            << unknown1052
            << QStringList {QStringLiteral("0 1052 ambiguous: ") + unknown1052,
                            QStringLiteral("2 1052 ambiguous: ") + unknown1052};
    QTest::newRow("names nothing") << QByteArray(
            R"({"error":"ValidationError","message":"One or more certificates are invalid."})")
                                   << threeRows
                                   << QStringLiteral("One or more certificates are invalid.")
                                   << QStringList();
    QTest::newRow("error code only") << QByteArray(R"({"error":"invalid_request"})") << threeRows
                                     << QStringLiteral("invalid_request") << QStringList();
    QTest::newRow("error object")
            << QByteArray(R"({"error":{"code":"Bad","message":"Employee 1050 is not active"}})")
            << threeRows << QStringLiteral("Employee 1050 is not active")
            << QStringList {QStringLiteral("0 1050: Employee 1050 is not active")};
    QTest::newRow("top-level array with index")
            << QByteArray(R"([{"index":1,"message":"Bad date"}])") << threeRows
            << QStringLiteral("Bad date") << QStringList {QStringLiteral("1: Bad date")};
    QTest::newRow("JSON string") << QByteArray(R"("Employee 1051 is unknown")") << threeRows
                                 << QStringLiteral("Employee 1051 is unknown")
                                 << QStringList {
                                            QStringLiteral("1 1051: Employee 1051 is unknown")};
    QTest::newRow("JSON with nothing to say")
            << QByteArray(R"({"foo":1,"bar":[true]})") << threeRows << QString() << QStringList();
    QTest::newRow("HTML page") << QByteArray(
            "<html><head><title>400</title></head><body><h1>Bad Request</h1>\r\n"
            "<p>Employee 1050</p></body></html>")
                               << threeRows << QStringLiteral("400 Bad Request Employee 1050")
                               << QStringList {
                                          QStringLiteral("0 1050: 400 Bad Request Employee 1050")};
    QTest::newRow("empty") << QByteArray() << threeRows << QString() << QStringList();
    QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << threeRows << QString()
                                << QStringList();
}

void TestDitioErrorBody::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, numbers);
    QFETCH(QString, message);
    QFETCH(QStringList, attributions);

    const DitioErrorBody parsed = DitioErrorBody::parse(body, numbers);
    QCOMPARE(parsed.message(), message);
    QCOMPARE(attributionTexts(parsed), attributions);
    QCOMPARE(parsed.namesRows(), !attributions.isEmpty());
}

void TestDitioErrorBody::hugeAndGarbageBodiesStayBounded_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QStringList>("attributions");

    QTest::newRow("5 MB of text") << QByteArray(5 * 1024 * 1024, 'x') << QStringLiteral("xxxxx")
                                  << QStringList();
    QTest::newRow("huge JSON message")
            << QByteArray(R"({"message":"Employee 1051: )" + QByteArray(20000, 'y') + R"("})")
            << QStringLiteral("Employee 1051: yyy")
            << QStringList {QStringLiteral("1 1051: Employee 1051: ")
                            + QString(DitioErrorBody::MaxMessageLength - 16, u'y') + QChar(0x2026)};
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x1b[31mBad\x7f", 12)
                            << QStringLiteral("[31mBad") << QStringList();
    QTest::newRow("many errors") <<
            [] {
                QByteArray json = R"({"message":"Validation failed","errors":[)";
                for (int i = 0; i < 2000; ++i)
                    json += (i ? "," : "") + QByteArray(R"({"field":"[)") + QByteArray::number(i)
                            + R"(].X","message":"Bad )" + QByteArray::number(i) + R"("})";
                return json + "]}";
            }() << QStringLiteral("Validation failed: Bad 0 Bad 1 Bad 2 (and 1997 more)")
                                 << QStringList {QStringLiteral("0: Bad 0"),
                                                 QStringLiteral("1: Bad 1"),
                                                 QStringLiteral("2: Bad 2")};
}

void TestDitioErrorBody::hugeAndGarbageBodiesStayBounded()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, start);
    QFETCH(QStringList, attributions);

    const DitioErrorBody parsed = DitioErrorBody::parse(body, threeRows);
    QVERIFY2(parsed.message().startsWith(start), qPrintable(parsed.message()));
    QVERIFY(parsed.message().size() <= DitioErrorBody::MaxMessageLength);
    for (QChar c : parsed.message())
        QVERIFY(c.category() != QChar::Other_Control);
    QCOMPARE(attributionTexts(parsed), attributions);
}

QTEST_GUILESS_MAIN(TestDitioErrorBody)
#include "tst_ditioerrorbody.moc"
