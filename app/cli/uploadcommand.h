#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace Ditio {

// `ditio-certs-cli upload FILE [--env test|production|sandbox] [--api-base URL]
// [--identity-base URL] [--client-id ID] [--batch-size N] [--format text|json]
// [--report OUT.csv|OUT.json]`, plus the input options of `validate`. For scheduled syncs:
// reads FILE as validate does, checks the rows against Ditio's employee register, sends the
// valid rows and reports every row's result. Credentials come from DITIO_CLIENT_ID and
// DITIO_CLIENT_SECRET, or DITIO_TOKEN; addresses from DITIO_API_BASE and DITIO_IDENTITY_BASE;
// flags win over the environment. `--env sandbox` starts the stand-in Ditio in-process on
// loopback with the employees of the bundled sample, so the flow runs without an account.
// Secrets and tokens are never printed, logged or written to the report.
class UploadCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::UploadCommand)

public:
    enum ExitCode {
        AllUploaded = 0,
        SomeNotUploaded = 1, // invalid, rejected, unconfirmed or not sent
        UsageOrFileError = 2,
        ConnectionFailed = 3, // authentication or connection failure before anything was sent
    };

    static int run(const QStringList &arguments, FILE *out, FILE *err);
};

} // namespace Ditio
