// ditio-sandbox: the stand-in Ditio server, standalone, with the behaviour flags.
// Prints the API base, the identity base and the client id, then runs until killed.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using Ditio::SandboxServer;

namespace {

bool readInt(const QCommandLineParser &parser, const QString &name, int minimum, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        QTextStream(stderr) << "ditio-sandbox: --" << name << " needs a number of at least "
                            << minimum << Qt::endl;
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ditio-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("A stand-in Ditio server on 127.0.0.1 (token endpoint, certificates "
                           "upsert, employee register) with switchable faults."));
    parser.addHelpOption();
    const auto option = [&parser](const QString &name, const QString &help,
                                  const QString &valueName = QString()) {
        parser.addOption(QCommandLineOption(name, help, valueName));
    };
    option(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (default: any free one)."),
           QStringLiteral("port"));
    option(QStringLiteral("client-id"), QStringLiteral("Client id (default sandbox-client)."),
           QStringLiteral("id"));
    option(QStringLiteral("client-secret"),
           QStringLiteral("Client secret (default sandbox-secret)."), QStringLiteral("secret"));
    option(QStringLiteral("error-shape"),
           QStringLiteral("Body of a 400: plain, errors-list, problem-details, text, text-no, "
                          "nameless."),
           QStringLiteral("shape"));
    option(QStringLiteral("partial"),
           QStringLiteral("Apply the items before the first bad one, then answer 400."));
    option(QStringLiteral("success-status"), QStringLiteral("200, 201 or 204."),
           QStringLiteral("status"));
    option(QStringLiteral("success-body"), QStringLiteral("empty, json or text."),
           QStringLiteral("body"));
    option(QStringLiteral("rate-limit"), QStringLiteral("Answer 429 to the next N API requests."),
           QStringLiteral("N"));
    option(QStringLiteral("retry-after"), QStringLiteral("Retry-After seconds of a 429."),
           QStringLiteral("S"));
    option(QStringLiteral("retry-after-date"), QStringLiteral("Send Retry-After as an HTTP-date."));
    option(QStringLiteral("server-errors"),
           QStringLiteral("Answer a 5xx to the next N API requests."), QStringLiteral("N"));
    option(QStringLiteral("server-error-status"), QStringLiteral("500, 502, 503 or 504."),
           QStringLiteral("status"));
    option(QStringLiteral("delay-ms"), QStringLiteral("Delay every answer by N ms."),
           QStringLiteral("N"));
    option(QStringLiteral("hang"), QStringLiteral("Never answer API requests."));
    option(QStringLiteral("drop"),
           QStringLiteral("Close the connection without answering the next N API requests."),
           QStringLiteral("N"));
    option(QStringLiteral("redirect"),
           QStringLiteral("Answer 302 to elsewhere to the next N API requests."),
           QStringLiteral("N"));
    option(QStringLiteral("token-lifetime"), QStringLiteral("Token lifetime in seconds."),
           QStringLiteral("S"));
    option(QStringLiteral("no-scope"), QStringLiteral("Issue tokens that get 403 on the API."));
    option(QStringLiteral("faults-on-token"),
           QStringLiteral("Apply the faults to the token endpoint too."));
    option(QStringLiteral("employees-envelope"),
           QStringLiteral("Answer the employee register as a paged envelope."));
    option(QStringLiteral("page-size"), QStringLiteral("Page size of the envelope."),
           QStringLiteral("N"));
    option(QStringLiteral("no-v5"), QStringLiteral("Answer 404 to the v5 employees endpoint."));
    option(QStringLiteral("employees"),
           QStringLiteral("A generated register of N employees, numbered from 1000 (default: "
                          "the sample's ten)."),
           QStringLiteral("N"));
    parser.process(app);

    SandboxServer server;
    SandboxServer::Behaviour b;
    int port = 0;
    int employees = -1;
    bool ok = readInt(parser, QStringLiteral("port"), 0, &port) && port <= 65535
            && readInt(parser, QStringLiteral("success-status"), 200, &b.successStatus)
            && readInt(parser, QStringLiteral("rate-limit"), 0, &b.rateLimitCount)
            && readInt(parser, QStringLiteral("retry-after"), 0, &b.retryAfterSeconds)
            && readInt(parser, QStringLiteral("server-errors"), 0, &b.serverErrorCount)
            && readInt(parser, QStringLiteral("server-error-status"), 500, &b.serverErrorStatus)
            && readInt(parser, QStringLiteral("delay-ms"), 0, &b.delayMs)
            && readInt(parser, QStringLiteral("drop"), 0, &b.dropCount)
            && readInt(parser, QStringLiteral("redirect"), 0, &b.redirectCount)
            && readInt(parser, QStringLiteral("token-lifetime"), 1, &b.tokenLifetimeSeconds)
            && readInt(parser, QStringLiteral("page-size"), 1, &b.employeesPageSize)
            && readInt(parser, QStringLiteral("employees"), 0, &employees);
    if (ok && b.successStatus != 200 && b.successStatus != 201 && b.successStatus != 204) {
        QTextStream(stderr) << "ditio-sandbox: --success-status must be 200, 201 or 204"
                            << Qt::endl;
        ok = false;
    }
    if (ok && (b.serverErrorStatus < 500 || b.serverErrorStatus > 504)) {
        QTextStream(stderr) << "ditio-sandbox: --server-error-status must be 500 to 504"
                            << Qt::endl;
        ok = false;
    }
    if (ok && parser.isSet(QStringLiteral("error-shape"))
        && !SandboxServer::errorShapeFromName(parser.value(QStringLiteral("error-shape")),
                                              &b.errorShape)) {
        QTextStream(stderr) << "ditio-sandbox: unknown --error-shape" << Qt::endl;
        ok = false;
    }
    if (ok && parser.isSet(QStringLiteral("success-body"))
        && !SandboxServer::successBodyFromName(parser.value(QStringLiteral("success-body")),
                                               &b.successBody)) {
        QTextStream(stderr) << "ditio-sandbox: unknown --success-body" << Qt::endl;
        ok = false;
    }
    if (!ok)
        return 2;
    b.partialApplication = parser.isSet(QStringLiteral("partial"));
    b.retryAfterAsDate = parser.isSet(QStringLiteral("retry-after-date"));
    b.hang = parser.isSet(QStringLiteral("hang"));
    b.issueTokensWithoutScope = parser.isSet(QStringLiteral("no-scope"));
    b.faultsOnTokenEndpoint = parser.isSet(QStringLiteral("faults-on-token"));
    b.employeesEnvelope = parser.isSet(QStringLiteral("employees-envelope"));
    b.v5Enabled = !parser.isSet(QStringLiteral("no-v5"));
    server.setBehaviour(b);
    if (employees >= 0)
        server.setEmployees(SandboxServer::generatedEmployees(employees));
    if (parser.isSet(QStringLiteral("client-id")))
        server.setClientId(parser.value(QStringLiteral("client-id")));
    if (parser.isSet(QStringLiteral("client-secret")))
        server.setClientSecret(parser.value(QStringLiteral("client-secret")));

    if (!server.listen(quint16(port))) {
        QTextStream(stderr) << "ditio-sandbox: cannot listen on 127.0.0.1:" << port << Qt::endl;
        return 1;
    }

    QTextStream out(stdout);
    out << "DITIO_API_BASE=" << server.apiBase().toString() << Qt::endl;
    out << "DITIO_IDENTITY_BASE=" << server.identityBase().toString() << Qt::endl;
    out << "DITIO_CLIENT_ID=" << server.clientId() << Qt::endl;

    // One line per request; never a header, token or secret.
    QObject::connect(&server, &SandboxServer::requestLogged, &server,
                     [](const SandboxServer::LogEntry &entry) {
                         QTextStream err(stderr);
                         err << entry.time.toString(Qt::ISODate) << ' ' << entry.method << ' '
                             << entry.path << ' '
                             << (entry.status ? QString::number(entry.status) : entry.outcome);
                         if (entry.itemCount > 0)
                             err << " items=" << entry.itemCount
                                 << " applied=" << entry.appliedCount;
                         err << Qt::endl;
                     });
    return app.exec();
}
