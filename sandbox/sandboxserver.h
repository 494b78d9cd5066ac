#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QHttpServerRequest;
class QTcpSocket;

namespace Ditio {

class SandboxHttpServer;

// A stand-in Ditio server on 127.0.0.1: the identity token endpoint, the certificates upsert,
// the employee register (v5 and v4), and switchable faults. One port serves both bases:
// http://127.0.0.1:PORT/identity and http://127.0.0.1:PORT/core.
//
// Faults (redirect, drop, apply-then-drop, 429, 5xx, hang) apply to API requests under /core;
// set Behaviour::faultsOnTokenEndpoint to apply them to the token endpoint too. The delay
// applies to every answer. The request log never holds the Authorization header, a token or a
// secret.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    enum class ErrorShape {
        Plain, // {"error", "message"}
        ErrorsList, // {"message", "errors": [{"field", "message"}]}, employee number in the text
        ProblemDetails, // {"title", "status", "errors": {"[i].Field": ["..."]}}
        Text, // text/plain, English, employee number in the text
        TextNorwegian, // text/plain, Norwegian, employee number in the text
        Nameless, // {"error", "message"} naming no row
    };
    Q_ENUM(ErrorShape)

    enum class SuccessBody { Empty, Json, Text };
    Q_ENUM(SuccessBody)

    struct Behaviour
    {
        ErrorShape errorShape = ErrorShape::Plain;
        // Apply the items before the first bad one, then answer 400 (like Ditio's machines
        // endpoint); otherwise nothing of a request with a bad item is applied.
        bool partialApplication = false;
        int successStatus = 200; // 200, 201 or 204 (204 always has an empty body)
        SuccessBody successBody = SuccessBody::Json;

        // Counters: the next N requests in scope get the fault; each request decrements.
        // Checked in this order: redirect, drop, rate limit, server error.
        int redirectCount = 0;
        QUrl redirectTarget = QUrl(QStringLiteral("http://127.0.0.1:9/moved"));
        int dropCount = 0; // close the socket after reading the request, no answer
        // Handle the request as usual (a certificates request stores its items), then close
        // the socket without answering: Ditio applied the items but the answer was lost.
        // Checked after the faults above; each request in scope decrements.
        int applyThenDropCount = 0;
        int rateLimitCount = 0; // 429 with Retry-After
        int retryAfterSeconds = 1;
        bool retryAfterAsDate = false; // Retry-After as an HTTP-date instead of seconds
        int serverErrorCount = 0;
        int serverErrorStatus = 503; // 500, 502, 503 or 504
        // The error as JSON, {"error", "message"} with this message; empty: the reason
        // phrase as text.
        QString serverErrorMessage;
        bool faultsOnTokenEndpoint = false;

        int delayMs = 0; // every answer, on a QTimer; the server thread never blocks
        bool hang = false; // requests in scope are read and never answered

        int tokenLifetimeSeconds = 1800;
        bool issueTokensWithoutScope = false; // such tokens get 403 on the API

        bool v5Enabled = true; // false: v5 employees answer 404, clients fall back to v4
        bool employeesEnvelope = false; // {"data": [...], "continuationToken": ...}
        int employeesPageSize = 100;
    };

    struct Employee
    {
        QString employeeNumber;
        QString firstName;
        QString lastName;
    };

    struct Certificate
    {
        QString employeeNumber;
        QString certificateType;
        QString certificateNumber;
        QDateTime issuedDateTime;
        QDateTime validUntilDateTime;
        QString notes;
        int writes = 0; // how many times this (employee number, type) pair was written
    };

    struct LogEntry
    {
        QDateTime time;
        QString method;
        QString path; // without the query
        int status = 0; // 0: not answered (dropped or hung)
        QString outcome; // "answered", "dropped", "hung"
        int itemCount = 0; // items in a certificates request
        int appliedCount = 0; // items of that request stored
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl apiBase() const;
    QUrl identityBase() const;

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }

    Behaviour behaviour() const { return m_behaviour; } // counters show what is left
    void setBehaviour(const Behaviour &behaviour) { m_behaviour = behaviour; }

    QList<Employee> employees() const { return m_employees; }
    void setEmployees(const QList<Employee> &employees);
    static QList<Employee> defaultEmployees(); // 1042-1051; 1052 deliberately unknown
    // A made-up register of `count` employees numbered 1000, 1001, ... (the
    // numbers the benchmarks' generated files use), for uploads at scale.
    static QList<Employee> generatedEmployees(int count);

    QList<Certificate> certificates() const { return m_certificates; }
    int storeCount() const { return int(m_certificates.size()); } // distinct pairs stored
    int writeCount() const; // all writes, inserts and updates
    int writeCount(const QString &employeeNumber, const QString &certificateType) const;
    void clearCertificates();

    QList<LogEntry> requestLog() const { return m_log; }
    void clearLog() { m_log.clear(); }

    void expireAllTokens();
    int tokensIssued() const { return m_tokensIssued; }

    static QString errorShapeName(ErrorShape shape);
    static bool errorShapeFromName(const QString &name, ErrorShape *shape);
    static QString successBodyName(SuccessBody body);
    static bool successBodyFromName(const QString &name, SuccessBody *body);

Q_SIGNALS:
    void requestLogged(const Ditio::SandboxServer::LogEntry &entry);

private:
    struct Answer;
    struct ValidationError;
    struct Token
    {
        qint64 expiresAtMs = 0;
        bool hasScope = true;
    };

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    bool takeFault(bool inScope, Answer *answer, LogEntry *entry);
    Answer route(const QHttpServerRequest &request, LogEntry *entry);
    Answer tokenAnswer(const QHttpServerRequest &request);
    Answer authorise(const QHttpServerRequest &request, bool *ok) const;
    Answer certificatesAnswer(const QHttpServerRequest &request, LogEntry *entry);
    Answer employeesAnswer(const QHttpServerRequest &request);
    Answer validationErrorAnswer(const QList<ValidationError> &errors) const;
    Answer successAnswer(int received, int created, int updated) const;
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Answer &answer);
    void store(const Certificate &certificate, int *created, int *updated);
    void log(const LogEntry &entry);

    SandboxHttpServer *m_http = nullptr;
    quint16 m_port = 0;
    QString m_clientId = QStringLiteral("sandbox-client");
    QString m_clientSecret = QStringLiteral("sandbox-secret");
    Behaviour m_behaviour;
    QList<Employee> m_employees;
    QHash<QString, int> m_employeeIndex;
    QList<Certificate> m_certificates;
    QHash<QString, qsizetype> m_certificateIndex;
    QHash<QString, Token> m_tokens;
    int m_tokensIssued = 0;
    QElapsedTimer m_clock;
    QList<LogEntry> m_log;
};

} // namespace Ditio
