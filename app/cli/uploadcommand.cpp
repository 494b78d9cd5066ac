#include "uploadcommand.h"

#include "inputoptions.h"
#include "model/certificatetablemodel.h"
#include "net/connectionsettings.h"
#include "net/urlpolicy.h"
#include "sandboxserver.h"
#include "upload/uploadsession.h"
#include "uploadreport.h"
#include "util/clock.h"
#include "utils.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>

#include <memory>

namespace Ditio {

using Utils::print;

QString UploadCommand::description() const
{
    return tr("send the valid rows to Ditio and report each row's result");
}

int UploadCommand::run(const QStringList &arguments, FILE *out, FILE *err)
{
    Request request;
    if (const std::optional<int> exitCode = prepare(arguments, &request, out, err))
        return *exitCode;
    return upload(request, out, err);
}

std::optional<int> UploadCommand::prepare(const QStringList &arguments, Request *request, FILE *out,
                                          FILE *err)
{
    const QString usage =
            tr("Usage: ditio-certs-cli upload FILE [--env test|production|sandbox] "
               "[--api-base URL] [--identity-base URL] [--client-id ID] [--batch-size N] "
               "[--format text|json] [--report OUT.csv|OUT.json] [--sheet NAME] "
               "[--encoding NAME] [--delimiter CHAR] [--mapping FILE]\n");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Sends the rows without errors of a work file or spreadsheet to Ditio, after "
               "checking them against Ditio's employee register, and reports every row's "
               "result: uploaded, rejected, unconfirmed, invalid or not-sent.\n"
               "Credentials: DITIO_CLIENT_ID (or --client-id) and DITIO_CLIENT_SECRET, or "
               "DITIO_TOKEN for a token obtained elsewhere. Addresses: DITIO_API_BASE and "
               "DITIO_IDENTITY_BASE (a custom environment). Flags win over the environment.\n"
               "Exit 0: every row uploaded; 1: some were not; 2: usage error or unreadable "
               "file; 3: authentication or connection failure before anything was sent."));
    parser.addHelpOption();
    const QCommandLineOption envOption(
            QStringLiteral("env"),
            tr("test (default), production, or sandbox: a stand-in Ditio started on this "
               "computer with the employees of the bundled sample."),
            tr("name"));
    const QCommandLineOption apiBaseOption(
            QStringLiteral("api-base"),
            tr("The API address of a custom environment (default: DITIO_API_BASE)."), tr("URL"));
    const QCommandLineOption identityBaseOption(
            QStringLiteral("identity-base"),
            tr("The sign-in address of a custom environment (default: DITIO_IDENTITY_BASE)."),
            tr("URL"));
    const QCommandLineOption clientIdOption(
            QStringLiteral("client-id"),
            tr("The API client's id (default: DITIO_CLIENT_ID); its secret is read from "
               "DITIO_CLIENT_SECRET, never from the command line."),
            tr("ID"));
    const QCommandLineOption batchSizeOption(QStringLiteral("batch-size"),
                                             tr("Rows per request, %1 to %2 (default: %3).")
                                                     .arg(ConnectionSettings::MinBatchSize)
                                                     .arg(ConnectionSettings::MaxBatchSize)
                                                     .arg(ConnectionSettings::DefaultBatchSize),
                                             tr("N"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Output format: text (default) or json."),
                                          tr("format"), QStringLiteral("text"));
    const QCommandLineOption reportOption(
            QStringLiteral("report"),
            tr("Also write every row's result to this file, as CSV or JSON by its extension."),
            tr("OUT"));
    parser.addOptions({envOption, apiBaseOption, identityBaseOption, clientIdOption,
                       batchSizeOption, formatOption, reportOption});
    InputOptions input;
    input.addTo(&parser);
    parser.addPositionalArgument(QStringLiteral("upload"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("A .ditiocerts work file, a CSV or text file, or a workbook "
                                    "(.xlsx, .ods)."));

    const auto usageError = [&](const QString &why) {
        print(err, tr("ditio-certs-cli upload: %1\n").arg(why));
        print(err, usage);
        return std::optional<int>(UsageOrFileError);
    };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(out, parser.helpText());
        return AllUploaded;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(positional.size() < 2 ? tr("no file to upload.")
                                                : tr("one file at a time."));
    const QString path = positional.at(1);
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json")
        return usageError(tr("unknown format \"%1\"; use text or json.").arg(format));

    int batchSize = ConnectionSettings::DefaultBatchSize;
    if (parser.isSet(batchSizeOption)) {
        bool ok = false;
        batchSize = parser.value(batchSizeOption).toInt(&ok);
        if (!ok || batchSize < ConnectionSettings::MinBatchSize
            || batchSize > ConnectionSettings::MaxBatchSize) {
            return usageError(tr("--batch-size takes a number from %1 to %2, not \"%3\".")
                                      .arg(ConnectionSettings::MinBatchSize)
                                      .arg(ConnectionSettings::MaxBatchSize)
                                      .arg(parser.value(batchSizeOption)));
        }
    }

    const QString reportPath = parser.value(reportOption);
    if (parser.isSet(reportOption)) {
        if (!UploadReport::isReportPath(reportPath)) {
            return usageError(tr("cannot tell the format of the report \"%1\": name it .csv or "
                                 ".json.")
                                      .arg(QDir::toNativeSeparators(reportPath)));
        }
        // Checked now: a report that cannot be written must not cost an upload first.
        if (!QFileInfo(reportPath).absoluteDir().exists()) {
            return usageError(tr("the folder of the report \"%1\" does not exist.")
                                      .arg(QDir::toNativeSeparators(reportPath)));
        }
    }

    // Where to: --env, else addresses (flags, then DITIO_API_BASE and DITIO_IDENTITY_BASE)
    // make a custom environment, else Ditio's test system.
    DitioEnvironment::Kind kind = DitioEnvironment::Kind::Test;
    QString apiBaseText;
    QString identityBaseText;
    if (parser.isSet(envOption)) {
        const QString name = parser.value(envOption).toLower();
        const std::optional<DitioEnvironment::Kind> chosen = DitioEnvironment::kindFromKey(name);
        if (!chosen || *chosen == DitioEnvironment::Kind::Custom) {
            return usageError(tr("unknown environment \"%1\"; use test, production or sandbox "
                                 "(or --api-base and --identity-base for other addresses).")
                                      .arg(parser.value(envOption)));
        }
        if (parser.isSet(apiBaseOption) || parser.isSet(identityBaseOption)) {
            return usageError(tr("--env and --api-base/--identity-base exclude each other: "
                                 "addresses make a custom environment."));
        }
        kind = *chosen;
    } else {
        apiBaseText = parser.isSet(apiBaseOption) ? parser.value(apiBaseOption)
                                                  : qEnvironmentVariable("DITIO_API_BASE");
        identityBaseText = parser.isSet(identityBaseOption)
                ? parser.value(identityBaseOption)
                : qEnvironmentVariable("DITIO_IDENTITY_BASE");
        apiBaseText = apiBaseText.trimmed();
        identityBaseText = identityBaseText.trimmed();
        if (!apiBaseText.isEmpty() || !identityBaseText.isEmpty())
            kind = DitioEnvironment::Kind::Custom;
    }

    // Credentials: a client id on the command line means client credentials; otherwise a
    // token from elsewhere wins over DITIO_CLIENT_ID. The sandbox makes up its own.
    const bool sandbox = kind == DitioEnvironment::Kind::Sandbox;
    const QString clientId = parser.isSet(clientIdOption) ? parser.value(clientIdOption)
                                                          : qEnvironmentVariable("DITIO_CLIENT_ID");
    const QString clientSecret = qEnvironmentVariable("DITIO_CLIENT_SECRET");
    const QString staticToken = qEnvironmentVariable("DITIO_TOKEN");
    const bool useToken = !sandbox && !staticToken.isEmpty() && !parser.isSet(clientIdOption);
    if (!sandbox && !useToken) {
        if (clientId.isEmpty() && clientSecret.isEmpty()) {
            return usageError(tr("no credentials: set DITIO_CLIENT_ID (or --client-id) and "
                                 "DITIO_CLIENT_SECRET, or DITIO_TOKEN."));
        }
        if (clientId.isEmpty())
            return usageError(tr("DITIO_CLIENT_SECRET is set, but no client id: set "
                                 "DITIO_CLIENT_ID or give --client-id."));
        if (clientSecret.isEmpty())
            return usageError(tr("no client secret: set DITIO_CLIENT_SECRET (it is never taken "
                                 "from the command line, where others could read it)."));
    }

    if (kind == DitioEnvironment::Kind::Custom) {
        if (apiBaseText.isEmpty())
            return usageError(tr("a custom environment needs the API address too: give "
                                 "--api-base or set DITIO_API_BASE."));
        if (identityBaseText.isEmpty() && !useToken)
            return usageError(tr("a custom environment needs the sign-in address too: give "
                                 "--identity-base or set DITIO_IDENTITY_BASE."));
        for (const QString &text : {apiBaseText, identityBaseText}) {
            if (text.isEmpty())
                continue;
            const QString refusal = UrlPolicy::check(QUrl(text));
            if (!refusal.isEmpty())
                return usageError(refusal);
        }
    }

    QString message;
    InputOptions::Status status = input.parse(parser, &message);
    if (status == InputOptions::Status::Ok)
        status = input.read(path, &request->read, &message);
    if (status == InputOptions::Status::UsageError)
        return usageError(message);
    if (status == InputOptions::Status::FileError) {
        print(err, message + u'\n');
        return UsageOrFileError;
    }

    request->path = path;
    request->json = format == u"json";
    request->batchSize = batchSize;
    request->reportPath = reportPath;
    request->kind = kind;
    request->apiBase = apiBaseText;
    request->identityBase = identityBaseText;
    request->useToken = useToken;
    if (useToken) {
        request->staticToken = staticToken;
    } else if (!sandbox) {
        request->clientId = clientId;
        request->clientSecret = clientSecret;
    }
    return std::nullopt;
}

int UploadCommand::upload(Request &request, FILE *out, FILE *err)
{
    const QString fileName = QDir::toNativeSeparators(request.path);
    for (const QString &warning : request.read.warnings)
        print(err, QStringLiteral("%1: %2\n").arg(fileName, warning));

    CertificateTableModel model;
    model.setMessagesCiteSourceRows(true);
    model.setRows(request.read.document.rows);
    // The table's rows only: results written into rows still shared with
    // the file's read would copy them (a million rows' chunks) one by one.
    request.read.document.rows = RowStore();

    std::unique_ptr<SandboxServer> sandboxServer;
    QString clientId = request.clientId;
    QString clientSecret = request.clientSecret;
    DitioEnvironment environment;
    switch (request.kind) {
    case DitioEnvironment::Kind::Test:
        environment = DitioEnvironment::test();
        break;
    case DitioEnvironment::Kind::Production:
        environment = DitioEnvironment::production();
        break;
    case DitioEnvironment::Kind::Custom:
        environment = DitioEnvironment::custom(QUrl(request.apiBase), QUrl(request.identityBase));
        break;
    case DitioEnvironment::Kind::Sandbox:
        // In this process, on loopback, answering on this thread's event loop; with a secret
        // made up for this run only.
        sandboxServer = std::make_unique<SandboxServer>();
        clientId = sandboxServer->clientId();
        clientSecret = QString::number(QRandomGenerator::system()->generate64(), 36)
                + QString::number(QRandomGenerator::system()->generate64(), 36);
        sandboxServer->setClientSecret(clientSecret);
        if (!sandboxServer->listen()) {
            print(err,
                  tr("ditio-certs-cli upload: the sandbox could not listen on this computer's "
                     "loopback address.\n"));
            return ConnectionFailed;
        }
        environment =
                DitioEnvironment::sandbox(sandboxServer->apiBase(), sandboxServer->identityBase());
        break;
    }
    // As the window names it; custom addresses on a production host say so, since no one is
    // asked to confirm on the command line.
    //: %1 is the environment: Test, Production, Custom or Sandbox
    const QString where =
            environment.kind() == DitioEnvironment::Kind::Custom && environment.isProduction()
            ? tr("Ditio (Custom, production)")
            : tr("Ditio (%1)").arg(environment.title());

    UploadSession session(&model, Clock::system());
    session.setMode(UploadSession::Mode::Unattended);
    session.setEnvironment(environment);
    session.setEnvironmentTitle(where);
    if (request.useToken)
        session.setStaticToken(request.staticToken);
    else
        session.setClientCredentials(clientId, clientSecret);
    UploadJob::Options options;
    options.batchSize = request.batchSize;
    options.maxInFlight = ConnectionSettings::DefaultRequestsInFlight;
    session.setJobOptions(options);
    // The run log goes beside a work file; a CSV's or workbook's into the app's data folder.
    const QString workFile = request.read.isWorkFile ? request.path : QString();
    session.setWorkFilePath([workFile] { return workFile; });

    QEventLoop loop;
    // Progress for a person watching, on one line rewritten in place; a scheduled job's log
    // gets none of it. A status (waiting, retrying) stays until more rows are done.
    int rowsDone = 0;
    int rowsTotal = 0;
    QString jobStatus;
    qsizetype lineWidth = 0;
    const auto showProgress = [&] {
        QString line = tr("%1 of %2 rows done…").arg(rowsDone).arg(rowsTotal);
        if (!jobStatus.isEmpty())
            line += QStringLiteral("  ") + jobStatus;
        const qsizetype width = line.size();
        if (width < lineWidth)
            line += QString(lineWidth - width, u' ');
        lineWidth = width;
        print(err, u'\r' + line);
    };
    if (Utils::isTerminal(err)) {
        QObject::connect(&session, &UploadSession::progress, &loop, [&](int done, int total) {
            if (done > rowsDone)
                jobStatus.clear();
            rowsDone = done;
            rowsTotal = total;
            showProgress();
        });
        QObject::connect(&session, &UploadSession::statusChanged, &loop, [&](const QString &text) {
            jobStatus = text;
            showProgress();
        });
    }
    QObject::connect(&session, &UploadSession::registerReadFailed, &loop,
                     [&](const QString &message, bool goingOn) {
                         // Ditio answered, but not with a register this client reads: the
                         // upload itself may still work, and Ditio rejects unknown
                         // employees on its own.
                         if (goingOn)
                             print(err,
                                   tr("ditio-certs-cli upload: %1 The rows are sent without "
                                      "checking the employee numbers first.\n")
                                           .arg(message));
                     });
    std::optional<QString> failure;
    std::optional<UploadSummary> summary;
    QString logError;
    QObject::connect(&session, &UploadSession::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    QObject::connect(&session, &UploadSession::runLogFailed, &loop,
                     [&](const QString &message) { logError = message; });
    QObject::connect(&session, &UploadSession::finished, &loop, [&](const UploadSummary &result) {
        summary = result;
        loop.quit();
    });
    session.upload();
    if (!failure && !summary)
        loop.exec();
    if (failure) {
        // A wrong secret, an unreachable host, a refused token: nothing was sent.
        print(err,
              tr("ditio-certs-cli upload: %1\nNothing was sent to %2.\n").arg(*failure, where));
        return ConnectionFailed;
    }
    if (lineWidth > 0)
        print(err, u'\r' + QString(lineWidth, u' ') + u'\r');
    if (!logError.isEmpty())
        print(err, logError + u'\n');

    int exitCode = AllUploaded;
    UploadReport report(model, fileName, *summary, environment);
    report.setUnusedColumns(request.read.import.unusedColumns);
    if (!report.allUploaded())
        exitCode = SomeNotUploaded;
    if (!request.reportPath.isEmpty()) {
        QString reportError;
        if (!report.write(request.reportPath, &reportError)) {
            print(err, reportError + u'\n');
            exitCode = UsageOrFileError;
        }
    }
    QString why;
    const bool printed = request.json
            ? Utils::writeStream(
                    out, [&](QIODevice *device) { return report.writeJson(device); }, &why)
            : Utils::writeStream(
                    out, [&](QIODevice *device) { return report.writeText(device); }, &why);
    if (!printed) {
        print(err, tr("ditio-certs-cli upload: the report could not be written: %1\n").arg(why));
        return UsageOrFileError;
    }
    if (!request.json)
        print(out, tr("Run log: %1\n").arg(QDir::toNativeSeparators(session.lastRunLogPath())));
    return exitCode;
}

} // namespace Ditio
