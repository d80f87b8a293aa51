#pragma once

// A plain QNetworkAccessManager round trip for the simulator's tests (deliberately not core's HttpClient).

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslError>

namespace Fleetdeck::Testing {

struct HttpResult
{
    bool finished = false; // false: no answer within the timeout
    int status = 0; // 0 when no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QList<QSslError> sslErrors;
    QSslCertificate peerCertificate;
    qint64 elapsedMs = 0;

    [[nodiscard]] QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

struct HttpCall
{
    QByteArray method = QByteArrayLiteral("GET");
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::optional<QSslConfiguration> ssl;
    int timeoutMs = 20000;
};

inline QNetworkReply* sendRequest(QNetworkAccessManager& manager, const QUrl& url, const HttpCall& call)
{
    QNetworkRequest request(url);
    for (const auto& [name, value] : call.headers)
        request.setRawHeader(name, value);
    if (!call.body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (call.ssl)
        request.setSslConfiguration(*call.ssl);
    return manager.sendCustomRequest(request, call.method, call.body);
}

// Sends and waits (on the reply's finished signal) for the whole answer.
inline HttpResult fetch(QNetworkAccessManager& manager, const QUrl& url, const HttpCall& call = {})
{
    HttpResult result;
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = sendRequest(manager, url, call);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
        [&result](const QList<QSslError>& errors) { result.sslErrors += errors; });
    QObject::connect(reply, &QNetworkReply::encrypted, reply,
        [&result, reply]() { result.peerCertificate = reply->sslConfiguration().peerCertificate(); });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    result.finished = reply->isFinished() || finished.wait(call.timeoutMs);
    result.elapsedMs = timer.elapsed();
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.peerCertificate.isNull())
        result.peerCertificate = reply->sslConfiguration().peerCertificate();
    reply->deleteLater();
    return result;
}

inline HttpResult fetch(
    QNetworkAccessManager& manager, const QUrl& url, const QByteArray& method, const QByteArray& body = {})
{
    HttpCall call;
    call.method = method;
    call.body = body;
    return fetch(manager, url, call);
}

} // namespace Fleetdeck::Testing
