#include "io/readahead.h"

#include <QTest>

#include <atomic>

using namespace Ditio;

namespace {

// A source of `size` numbered bytes that fails with -1 at `failAt` (or never).
struct NumberedSource
{
    qint64 size = 0;
    qint64 failAt = -1;
    qint64 maxPiece = 0; // 0: as much as asked
    std::shared_ptr<std::atomic<qint64>> given = std::make_shared<std::atomic<qint64>>(0);
    std::shared_ptr<std::atomic<int>> callsAfterEnd = std::make_shared<std::atomic<int>>(0);

    qint64 operator()(char *data, qint64 maxSize)
    {
        const qint64 at = given->load();
        if (failAt >= 0 && at >= failAt)
            return -1;
        if (at >= size) {
            ++*callsAfterEnd;
            return 0;
        }
        qint64 count = std::min(maxSize, size - at);
        if (maxPiece > 0)
            count = std::min(count, maxPiece);
        if (failAt >= 0)
            count = std::min(count, failAt - at);
        for (qint64 i = 0; i < count; ++i)
            data[i] = char((at + i) % 251);
        *given += count;
        return count;
    }
};

} // namespace

class TestReadAhead : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryByteInOrder_data();
    void readsEveryByteInOrder();
    void errorComesWhereTheSourceGaveIt();
    void stoppingEarlyStopsTheSource();
};

void TestReadAhead::readsEveryByteInOrder_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("readSize");
    QTest::addColumn<qint64>("maxPiece");

    QTest::newRow("empty") << qint64(0) << qint64(4096) << qint64(0);
    QTest::newRow("one byte") << qint64(1) << qint64(4096) << qint64(0);
    QTest::newRow("a block less one") << qint64(1023) << qint64(4096) << qint64(0);
    QTest::newRow("exactly a block") << qint64(1024) << qint64(4096) << qint64(0);
    QTest::newRow("many blocks, small reads") << qint64(50'000) << qint64(77) << qint64(0);
    QTest::newRow("many blocks, reads larger than a block")
            << qint64(50'000) << qint64(5000) << qint64(0);
    QTest::newRow("a source that gives little at a time")
            << qint64(10'000) << qint64(4096) << qint64(13);
}

void TestReadAhead::readsEveryByteInOrder()
{
    QFETCH(qint64, size);
    QFETCH(qint64, readSize);
    QFETCH(qint64, maxPiece);

    NumberedSource source {size, -1, maxPiece};
    const auto callsAfterEnd = source.callsAfterEnd;
    ReadAhead reader(source, 1024, 3);
    QByteArray all;
    QByteArray buffer(readSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = reader.read(buffer.data(), readSize);
        QVERIFY(read >= 0);
        QVERIFY(read <= readSize);
        if (read == 0)
            break;
        all.append(buffer.constData(), read);
    }
    QCOMPARE(all.size(), size);
    for (qint64 i = 0; i < size; ++i)
        QCOMPARE(all.at(i), char(i % 251));
    // The end stays the end, and the source is asked for it once.
    QCOMPARE(reader.read(buffer.data(), readSize), 0);
    QCOMPARE(callsAfterEnd->load(), 1);
}

void TestReadAhead::errorComesWhereTheSourceGaveIt()
{
    ReadAhead reader(NumberedSource {10'000, 3000}, 1024, 2);
    QByteArray buffer(700, Qt::Uninitialized);
    qint64 total = 0;
    qint64 read = 0;
    while ((read = reader.read(buffer.data(), buffer.size())) > 0)
        total += read;
    QCOMPARE(read, -1);
    QCOMPARE(total, 3000);
}

void TestReadAhead::stoppingEarlyStopsTheSource()
{
    // A preview reads the first rows only; the unread rest is never unpacked
    // beyond the blocks read ahead.
    NumberedSource source {100'000'000};
    const auto given = source.given;
    {
        ReadAhead reader(source, 1024, 4);
        QByteArray buffer(100, Qt::Uninitialized);
        QCOMPARE(reader.read(buffer.data(), buffer.size()), 100);
    }
    QVERIFY2(given->load() <= 5 * 1024, QByteArray::number(given->load()).constData());
}

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
