// bench_upload: how many requests the upload job needs when Ditio answers a nameless 400
// (no row named) for any batch with a bad row, so the job must bisect. Prints, for k bad
// rows among n, the requests made against the bound: one request per batch plus at most
// 2 * ceil(log2 b) extra per bad row, b being the batch size.

#include "fakeendpoint.h"
#include "fakeuploadtimer.h"
#include "testhelpers.h"
#include "upload/uploadjob.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>
#include <cstdio>

using namespace Ditio;
using namespace DitioTest;

namespace {

struct Result
{
    int requests = 0;
    int uploaded = 0;
    int rejected = 0;
};

Result run(int n, int k, int batchSize, quint32 seed)
{
    FixedClock clock(fixedNow());
    CertificateTableModel model;
    model.setClock(&clock);
    QList<CertificateRow> rows;
    for (int i = 0; i < n; ++i)
        rows.append(validRow(QString::number(100000 + i)));
    model.setRows(rows);

    QRandomGenerator random(seed);
    QSet<QString> bad;
    while (bad.size() < k)
        bad.insert(QString::number(100000 + random.bounded(n)));

    FakeEndpoint endpoint;
    FakeUploadTimer timer;
    UploadJob job(&model, &endpoint, &timer, &clock);
    job.setOptions({batchSize, 2, 5, 3});
    job.start();
    while (job.isRunning()) {
        FakeRequest *request = endpoint.firstOpen();
        if (!request)
            break;
        bool hasBad = false;
        for (const QString &number : FakeEndpoint::employeeNumbers(request->body))
            hasBad = hasBad || bad.contains(number);
        request->answer(
                hasBad ? FakeEndpoint::answered(
                        400,
                        R"({"error":"ValidationError","message":"One or more certificates are invalid."})")
                       : FakeEndpoint::answered(200));
    }
    const UploadSummary summary = job.summary();
    return {summary.requests, summary.uploaded, summary.rejected};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int batchSize = 100;
    constexpr int seeds = 20;
    std::printf("Nameless 400s: requests for k bad rows among n (batches of %d, %d random "
                "placements each)\n",
                batchSize, seeds);
    std::printf("%6s %4s %9s %9s %9s %11s %9s\n", "n", "k", "batches", "min", "mean", "max",
                "bound");
    bool ok = true;
    for (int n : {100, 1000}) {
        for (int k : {1, 2, 5, 10}) {
            const int batches = (n + batchSize - 1) / batchSize;
            const int bound =
                    batches + 2 * k * int(std::ceil(std::log2(double(qMin(n, batchSize)))));
            int least = INT_MAX;
            int most = 0;
            double total = 0;
            for (int seed = 1; seed <= seeds; ++seed) {
                const Result result = run(n, k, batchSize, quint32(seed * 7919 + n + k));
                ok = ok && result.rejected == k && result.uploaded == n - k
                        && result.requests <= bound;
                least = qMin(least, result.requests);
                most = qMax(most, result.requests);
                total += result.requests;
            }
            std::printf("%6d %4d %9d %9d %9.1f %11d %9d\n", n, k, batches, least, total / seeds,
                        most, bound);
        }
    }
    std::printf(ok ? "Every run within the bound, every bad row rejected, every good row "
                     "uploaded.\n"
                   : "FAILED: a run exceeded the bound or ended with wrong row states.\n");
    return ok ? 0 : 1;
}
