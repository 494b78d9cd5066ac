// RetryPolicy: full-jitter backoff bounds, the cap, attempts, and Retry-After in each form.

#include "upload/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace Ditio;

namespace {

const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());

RetryPolicy policyDrawing(double fraction)
{
    RetryPolicy policy;
    policy.setRandomSource([fraction] { return fraction; });
    return policy;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void backoffBounds_data();
    void backoffBounds();
    void defaultRandomStaysInRange();
    void attempts();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void delayHonoursRetryAfter_data();
    void delayHonoursRetryAfter();
};

void TestRetryPolicy::backoffBounds_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("delay");

    const QList<qint64> caps {1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
    for (int retry = 1; retry <= caps.size(); ++retry) {
        const qint64 cap = caps.at(retry - 1);
        QTest::addRow("retry %d, lowest", retry) << retry << 0.0 << cap << qint64(0);
        QTest::addRow("retry %d, middle", retry) << retry << 0.5 << cap << cap / 2;
        QTest::addRow("retry %d, highest", retry) << retry << 1.0 << cap << cap;
    }
    QTest::newRow("retry 1000 stays capped") << 1000 << 1.0 << qint64(30000) << qint64(30000);
    QTest::newRow("out-of-range random is clamped") << 2 << 7.0 << qint64(2000) << qint64(2000);
}

void TestRetryPolicy::backoffBounds()
{
    QFETCH(int, retry);
    QFETCH(double, fraction);
    QFETCH(qint64, cap);
    QFETCH(qint64, delay);

    const RetryPolicy policy = policyDrawing(fraction);
    QCOMPARE(policy.backoffCapMs(retry), cap);
    QCOMPARE(policy.backoffMs(retry), delay);
    QCOMPARE(policy.delayMs(retry), delay);
}

void TestRetryPolicy::defaultRandomStaysInRange()
{
    const RetryPolicy policy;
    for (int retry = 1; retry <= 8; ++retry) {
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = policy.backoffMs(retry);
            QVERIFY(delay >= 0);
            QVERIFY(delay <= policy.backoffCapMs(retry));
        }
    }
}

void TestRetryPolicy::attempts()
{
    RetryPolicy policy;
    QCOMPARE(policy.maxAttempts(), 5);
    QVERIFY(policy.mayRetry(4));
    QVERIFY(!policy.mayRetry(5));
    policy.setMaxAttempts(0);
    QCOMPARE(policy.maxAttempts(), 1);
    QVERIFY(!policy.mayRetry(1));
}

void TestRetryPolicy::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms"); // -1: not understood

    QTest::newRow("seconds") << QByteArray("12") << qint64(12000);
    QTest::newRow("seconds with spaces") << QByteArray(" 12 ") << qint64(12000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("an hour (not capped here)") << QByteArray("3600") << qint64(3600000);
    QTest::newRow("more digits than fit")
            << QByteArray("99999999999999999999999") << std::numeric_limits<qint64>::max();
    QTest::newRow("HTTP-date") << QByteArray("Sat, 28 Nov 2026 12:00:30 GMT") << qint64(30000);
    QTest::newRow("HTTP-date, next day")
            << QByteArray("Sun, 29 Nov 2026 12:00:00 GMT") << qint64(24 * 3600 * 1000);
    QTest::newRow("RFC 850 date") << QByteArray("Saturday, 28-Nov-26 12:01:00 GMT")
                                  << qint64(60000);
    QTest::newRow("asctime date") << QByteArray("Sat Nov 28 12:00:05 2026") << qint64(5000);
    QTest::newRow("date in the past") << QByteArray("Fri, 27 Nov 2026 12:00:00 GMT") << qint64(0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("broken date") << QByteArray("Sat, 99 Nov 2026 12:00:00 GMT") << qint64(-1);
}

void TestRetryPolicy::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);

    const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(value, now);
    QCOMPARE(parsed.value_or(-1), ms);
}

void TestRetryPolicy::delayHonoursRetryAfter_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<int>("retry");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("delay");

    QTest::newRow("seconds above the backoff") << 0.0 << 1 << QByteArray("12") << qint64(12000);
    QTest::newRow("backoff above the seconds") << 1.0 << 3 << QByteArray("2") << qint64(4000);
    QTest::newRow("seconds capped") << 0.0 << 1 << QByteArray("3600") << qint64(60000);
    QTest::newRow("huge seconds capped")
            << 0.0 << 1 << QByteArray("99999999999999999999999") << qint64(60000);
    QTest::newRow("date") << 0.0 << 1 << QByteArray("Sat, 28 Nov 2026 12:00:20 GMT")
                          << qint64(20000);
    QTest::newRow("date capped") << 0.0 << 1 << QByteArray("Sat, 28 Nov 2026 13:00:00 GMT")
                                 << qint64(60000);
    QTest::newRow("past date: the backoff")
            << 1.0 << 2 << QByteArray("Fri, 27 Nov 2026 12:00:00 GMT") << qint64(2000);
    QTest::newRow("garbage: the backoff") << 1.0 << 2 << QByteArray("later") << qint64(2000);
    QTest::newRow("none: the backoff") << 0.5 << 4 << QByteArray() << qint64(4000);
}

void TestRetryPolicy::delayHonoursRetryAfter()
{
    QFETCH(double, fraction);
    QFETCH(int, retry);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, delay);

    QCOMPARE(policyDrawing(fraction).delayMs(retry, retryAfter, now), delay);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
