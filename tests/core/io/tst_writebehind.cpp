#include "io/writebehind.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace Ditio;

class TestWriteBehind : public QObject
{
    Q_OBJECT

private slots:
    void everyBlockInOrder_data();
    void everyBlockInOrder();
    void aFailedWriteStopsTheRest();
    void queueIsBounded();
};

void TestWriteBehind::everyBlockInOrder_data()
{
    QTest::addColumn<int>("blocks");
    QTest::addColumn<int>("maxQueued");

    QTest::newRow("none") << 0 << 4;
    QTest::newRow("one") << 1 << 4;
    QTest::newRow("many, a queue of one") << 500 << 1;
    QTest::newRow("many, a queue of four") << 500 << 4;
}

void TestWriteBehind::everyBlockInOrder()
{
    QFETCH(int, blocks);
    QFETCH(int, maxQueued);

    QByteArray sunk;
    {
        WriteBehind writer(
                [&sunk](const QByteArray &block) {
                    sunk += block;
                    return true;
                },
                maxQueued);
        for (int i = 0; i < blocks; ++i)
            QVERIFY(writer.write(QByteArray::number(i) + ','));
        QVERIFY(writer.finish());
    }
    QByteArray expected;
    for (int i = 0; i < blocks; ++i)
        expected += QByteArray::number(i) + ',';
    QCOMPARE(sunk, expected);
}

void TestWriteBehind::aFailedWriteStopsTheRest()
{
    // A full disk: the block that failed and every later one are not written,
    // and the producer hears of it.
    std::atomic<int> calls = 0;
    WriteBehind writer(
            [&calls](const QByteArray &block) {
                ++calls;
                return block != "3";
            },
            2);
    bool refused = false;
    for (int i = 0; i < 100 && !refused; ++i)
        refused = !writer.write(QByteArray::number(i));
    QVERIFY(!writer.finish());
    QCOMPARE(calls.load(), 4); // 0, 1, 2, and 3 which failed
}

void TestWriteBehind::queueIsBounded()
{
    // A slow sink holds the producer back: never more than the queue and the
    // block in the sink are in memory.
    std::atomic<int> written = 0;
    std::atomic<int> mostAhead = 0;
    std::atomic<int> queued = 0;
    WriteBehind writer(
            [&](const QByteArray &) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                ++written;
                return true;
            },
            3);
    for (int i = 0; i < 50; ++i) {
        QVERIFY(writer.write(QByteArray(16, 'x')));
        queued = i + 1;
        mostAhead = std::max(mostAhead.load(), queued.load() - written.load());
    }
    QVERIFY(writer.finish());
    QCOMPARE(written.load(), 50);
    QVERIFY2(mostAhead.load() <= 4, QByteArray::number(mostAhead.load()).constData());
}

QTEST_GUILESS_MAIN(TestWriteBehind)
#include "tst_writebehind.moc"
