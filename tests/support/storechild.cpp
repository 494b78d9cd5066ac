// Records sends into a store as a second program would (a cron job beside
// the window), for tst_storeconcurrency:
//
//   store_child FILE PREFIX COUNT TRANSACTIONS [LABEL]
//
// writes the confirmed keys PREFIX-0 .. PREFIX-(COUNT-1) (type "Byggekort",
// certificate number LABEL, default PREFIX) in TRANSACTIONS recordSends calls,
// then prints "done". Exit code 1 and the store's message on any failure.

#include "store/certificatestore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

using namespace Ditio;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: store_child FILE PREFIX COUNT TRANSACTIONS [LABEL]\n");
        return 2;
    }
    const QString prefix = args.at(2);
    const int count = args.at(3).toInt();
    const int transactions = std::max(1, args.at(4).toInt());
    const QString label = args.size() > 5 ? args.at(5) : prefix;

    CertificateStore store;
    if (!store.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    const QString env = QStringLiteral("https://core-api.ditio.dev/core");
    const qint64 run =
            store.beginRun(env, QStringLiteral("Test"), prefix, QDateTime::currentDateTimeUtc());
    if (run == 0) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    const int perTransaction = (count + transactions - 1) / transactions;
    for (int start = 0; start < count; start += perTransaction) {
        QList<LedgerSend> sends;
        for (int i = start; i < std::min(count, start + perTransaction); ++i) {
            LedgerValues values;
            values[0] = prefix + u'-' + QString::number(i);
            values[1] = QStringLiteral("Byggekort");
            values[2] = label;
            sends.append({values[0], values[1], packLedgerValues(values), true,
                          QDateTime::currentMSecsSinceEpoch()});
        }
        if (!store.recordSends(env, run, sends)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
            return 1;
        }
    }
    if (!store.finishRun(run, QDateTime::currentDateTimeUtc(), count, 0, 0)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 1;
    }
    std::printf("done\n");
    return 0;
}
