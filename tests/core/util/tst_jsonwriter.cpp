// JsonWriter: JSON written as it is produced gives exactly the bytes
// QJsonDocument writes for the same values, compact and indented, so streamed
// reports keep the contract scheduled jobs parse.

#include "util/jsonwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Ditio;
using namespace Qt::StringLiterals;

namespace {

// Writes a QJsonValue through the writer, keys in QJsonObject's order.
void write(JsonWriter &writer, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        writer.beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            writer.key(it.key());
            write(writer, it.value());
        }
        writer.endObject();
        break;
    }
    case QJsonValue::Array:
        writer.beginArray();
        for (const QJsonValue &element : value.toArray())
            write(writer, element);
        writer.endArray();
        break;
    case QJsonValue::String:
        writer.value(value.toString());
        break;
    case QJsonValue::Double:
        if (value.toDouble() == double(value.toInteger()))
            writer.value(value.toInteger());
        else
            writer.value(value.toDouble());
        break;
    case QJsonValue::Bool:
        writer.value(value.toBool());
        break;
    default:
        writer.null();
    }
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQJsonDocument_data();
    void sameBytesAsQJsonDocument();
    void writesInBlocksAndReportsAFailingDevice();
};

void TestJsonWriter::sameBytesAsQJsonDocument_data()
{
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("empty object") << QJsonValue(QJsonObject());
    QTest::newRow("empty array") << QJsonValue(QJsonArray());
    QTest::newRow("a report row") << QJsonValue(
            QJsonObject {{u"sourceRow"_s, 4},
                         {u"state"_s, u"ready"_s},
                         {u"issues"_s, QJsonArray()},
                         {u"values"_s,
                          QJsonObject {{u"employeeNumber"_s, u"1042"_s},
                                       {u"notes"_s, u"Kurs hos Veiprosjekt"_s}}},
                         {u"employeeName"_s, QJsonValue(QJsonValue::Null)}});
    QTest::newRow("nested arrays and objects") << QJsonValue(
            QJsonArray {QJsonArray(), QJsonObject(), QJsonArray {1, 2, QJsonArray {3}},
                        QJsonObject {{u"a"_s, QJsonObject {{u"b"_s, true}}}}});
    QTest::newRow("escapes") << QJsonValue(QJsonObject {
            {u"quote \" backslash \\ slash /"_s, u"tab\tCR\rLF\nFF\fBS\b"_s},
            {u"controls"_s, QString(u"NUL"_s + QChar(0) + u"\u0001\u001f\u007f"_s)},
            {u"Norwegian"_s, u"Førstehjelp – Ærøy «sitat»"_s},
            {u"beyond the BMP"_s, u"🏗 byggekort"_s},
            {u"half a pair"_s, QString(u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00))}});
    QTest::newRow("numbers") << QJsonValue(
            QJsonArray {0, -1, 2147483647, qint64(1) << 40, 0.5, -2.25, 1e-7});
    QTest::newRow("booleans and null")
            << QJsonValue(QJsonArray {true, false, QJsonValue(QJsonValue::Null)});
}

void TestJsonWriter::sameBytesAsQJsonDocument()
{
    QFETCH(QJsonValue, value);
    for (const auto &[style, format] :
         {std::pair {JsonWriter::Style::Indented, QJsonDocument::Indented},
          std::pair {JsonWriter::Style::Compact, QJsonDocument::Compact}}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            JsonWriter writer(&buffer, style);
            write(writer, value);
            QVERIFY(writer.flush());
        }
        const QByteArray expected = value.isObject()
                ? QJsonDocument(value.toObject()).toJson(format)
                : QJsonDocument(value.toArray()).toJson(format);
        QCOMPARE(buffer.data(), expected);
    }
}

void TestJsonWriter::writesInBlocksAndReportsAFailingDevice()
{
    // A large array reaches the device while it is written, not at the end.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter writer(&buffer, JsonWriter::Style::Compact);
    writer.beginArray();
    for (int i = 0; i < 100000; ++i)
        writer.value(u"certificate number %1"_s.arg(i));
    QVERIFY(buffer.size() > 0);
    writer.endArray();
    QVERIFY(writer.flush());
    QVERIFY(buffer.data().endsWith("\"certificate number 99999\"]"));

    // A device that takes nothing: ok() turns false and stays so.
    QBuffer closed;
    JsonWriter failing(&closed, JsonWriter::Style::Compact);
    failing.beginArray();
    failing.value(u"x"_s);
    failing.endArray();
    QVERIFY(!failing.flush());
    QVERIFY(!failing.ok());
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
