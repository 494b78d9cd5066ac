#pragma once

#include "command.h"
#include "import/certificatefilereader.h"
#include "net/ditioenvironment.h"

#include <QCoreApplication>

#include <optional>

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
//
// The upload itself is the core's UploadSession (the window's too), run Unattended; this
// class parses the arguments and prints.
class UploadCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::UploadCommand)

public:
    enum ExitCode {
        AllUploaded = 0,
        SomeNotUploaded = 1, // invalid, rejected, unconfirmed or not sent
        UsageOrFileError = 2,
        ConnectionFailed = 3, // authentication or connection failure before anything was sent
    };

    UploadCommand() : Command(QStringLiteral("upload")) { }
    QString description() const override;
    int run(const QStringList &arguments, FILE *out, FILE *err) override;

private:
    // What the arguments and the environment variables ask for, checked, with FILE read.
    struct Request
    {
        QString path;
        bool json = false;
        int batchSize = 0;
        QString reportPath;
        DitioEnvironment::Kind kind = DitioEnvironment::Kind::Test;
        QString apiBase; // Custom only
        QString identityBase;
        bool useToken = false; // DITIO_TOKEN signs in, not client credentials
        QString staticToken;
        QString clientId; // neither for the sandbox: it makes up its own
        QString clientSecret;
        CertificateFileReader::Result read;
    };

    // Parses and checks everything before a connection is made: an exit code when the
    // command ends here (help, a usage error, an unreadable file).
    static std::optional<int> prepare(const QStringList &arguments, Request *request, FILE *out,
                                      FILE *err);
    static int upload(Request &request, FILE *out, FILE *err);
};

} // namespace Ditio
