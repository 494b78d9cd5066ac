// LineReader: a device read line by line in blocks gives every line, whole,
// wherever the blocks fall; says whether the last one ended; counts offsets;
// and hashes exactly the bytes of the device.

#include "util/linereader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using namespace Ditio;

namespace {

// A device that hands out at most `step` bytes a read, as a pipe may.
class TrickleDevice : public QBuffer
{
public:
    TrickleDevice(const QByteArray &bytes, qint64 step) : m_step(step)
    {
        setData(bytes);
        open(QIODevice::ReadOnly);
    }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        return QBuffer::readData(data, std::min(size, m_step));
    }

private:
    qint64 m_step;
};

struct Line
{
    QByteArray bytes;
    qint64 offset;
    bool ended;
};

QList<Line> readLines(QIODevice *device, QCryptographicHash *hash)
{
    LineReader reader(device, hash);
    QList<Line> lines;
    QByteArrayView line;
    while (reader.next(&line))
        lines.append({line.toByteArray(), reader.lineOffset(), reader.lineEnded()});
    return lines;
}

} // namespace

class TestLineReader : public QObject
{
    Q_OBJECT

private slots:
    void linesWhereverTheBlocksFall_data();
    void linesWhereverTheBlocksFall();
    void skipToEndHashesTheRest();
};

void TestLineReader::linesWhereverTheBlocksFall_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("step");

    QByteArray many;
    for (int i = 0; i < 100000; ++i)
        many += "row " + QByteArray::number(i) + " æøå\n";
    const QByteArray longLine = QByteArray(3 * LineReader::BlockBytes + 17, 'x');

    QTest::newRow("empty") << QByteArray() << qint64(1 << 30);
    QTest::newRow("one line without a newline") << QByteArray("abc") << qint64(1 << 30);
    QTest::newRow("empty lines") << QByteArray("\n\n\na\n\n") << qint64(1 << 30);
    QTest::newRow("CR LF kept") << QByteArray("a\r\nb\r\n") << qint64(1 << 30);
    QTest::newRow("many lines, whole blocks") << many << qint64(1 << 30);
    QTest::newRow("many lines, 1,000 bytes a read") << many << qint64(1000);
    QTest::newRow("a line of three blocks") << "a\n" + longLine + "\nb" << qint64(1 << 30);
    QTest::newRow("a line of three blocks, 7 bytes a read") << "a\n" + longLine.left(100000)
                    + "\nb\n" << qint64(7);
}

void TestLineReader::linesWhereverTheBlocksFall()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, step);

    TrickleDevice device(bytes, step);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QList<Line> lines = readLines(&device, &hash);

    QList<QByteArray> expected = bytes.split('\n');
    if (bytes.endsWith('\n') || bytes.isEmpty())
        expected.removeLast(); // nothing after the last "\n"
    QCOMPARE(lines.size(), expected.size());
    qint64 offset = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines.at(i).bytes, expected.at(i));
        QCOMPARE(lines.at(i).offset, offset);
        const bool last = i == lines.size() - 1;
        QCOMPARE(lines.at(i).ended, !last || bytes.endsWith('\n'));
        offset += expected.at(i).size() + 1;
    }
    QCOMPARE(hash.result(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

void TestLineReader::skipToEndHashesTheRest()
{
    QByteArray bytes;
    for (int i = 0; i < 300000; ++i)
        bytes += "line " + QByteArray::number(i) + '\n';
    QBuffer device(&bytes);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    LineReader reader(&device, &hash);
    QByteArrayView line;
    QVERIFY(reader.next(&line));
    QVERIFY(reader.next(&line));
    QCOMPARE(line, QByteArrayView("line 1"));
    QCOMPARE(reader.position(), 14);
    QCOMPARE(reader.skipToEnd(), bytes.size() - 14);
    QCOMPARE(reader.position(), bytes.size());
    QVERIFY(!reader.next(&line));
    QVERIFY(!reader.failed());
    QCOMPARE(hash.result(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
