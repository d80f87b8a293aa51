#include "core/secrets/keychainsecretstore.h"

#include "core/logging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Fleetdeck {

namespace {

SecretError mapError(QKeychain::Error error, const QString& text)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return {SecretError::Kind::NotFound, text};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretError::Kind::NoBackend, text};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretError::Kind::AccessDenied, text};
    case QKeychain::OtherError:
        // QtKeychain 0.13 reports a missing session bus or secret service as OtherError.
        if (text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) || text.contains(QLatin1String("DBus"))
            || text.contains(QLatin1String("org.freedesktop.secrets")) || text.contains(QLatin1String("transport"))
            || text.contains(QLatin1String("/org/freedesktop/secrets/collection")))
            return {SecretError::Kind::NoBackend, text};
        return {SecretError::Kind::Other, text};
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return {SecretError::Kind::Other, text};
}

SecretError noAnswer()
{
    return SecretError{SecretError::Kind::NoBackend, QStringLiteral("the secret service did not answer")};
}

// Runs a QtKeychain job, delivering exactly one answer: the job's, or a timeout.
template <typename Job, typename OnFinished>
void runJob(Job* job, std::chrono::milliseconds timeout, const QObject* context, QObject* owner, OnFinished onFinished)
{
    auto answered = std::make_shared<bool>(false);
    QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, owner, [=](QKeychain::Job* finishedJob) {
        if (*answered || (hasContext && !guard))
            return;
        *answered = true;
        onFinished(static_cast<Job*>(finishedJob), std::optional<SecretError>());
    });
    QTimer::singleShot(timeout, owner, [=] {
        if (*answered || (hasContext && !guard))
            return;
        *answered = true;
        onFinished(nullptr, noAnswer());
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

void KeychainSecretStore::readSecret(const QString& name, const QObject* context, ReadCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    runJob(job, m_timeout, context, this,
        [callback = std::move(callback), name](QKeychain::ReadPasswordJob* done, std::optional<SecretError> timeout) {
            if (timeout || done == nullptr) {
                qCWarning(lcSecrets).noquote() << "reading" << name << "timed out";
                return callback(Result<QByteArray, SecretError>::failure(timeout.value_or(noAnswer())));
            }
            if (done->error() != QKeychain::NoError) {
                qCInfo(lcSecrets).noquote() << "reading" << name << "failed:" << done->errorString();
                return callback(Result<QByteArray, SecretError>::failure(mapError(done->error(), done->errorString())));
            }
            callback(Result<QByteArray, SecretError>(done->textData().toUtf8()));
        });
}

void KeychainSecretStore::writeSecret(
    const QString& name, const QByteArray& secret, const QObject* context, DoneCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(QString::fromUtf8(secret)); // plain text: also settable with secret-tool
    runJob(job, m_timeout, context, this,
        [callback = std::move(callback), name](QKeychain::WritePasswordJob* done, std::optional<SecretError> timeout) {
            if (!callback)
                return;
            if (timeout || done == nullptr)
                return callback(timeout.value_or(noAnswer()));
            if (done->error() != QKeychain::NoError) {
                qCWarning(lcSecrets).noquote() << "writing" << name << "failed:" << done->errorString();
                return callback(mapError(done->error(), done->errorString()));
            }
            callback(std::nullopt);
        });
}

void KeychainSecretStore::deleteSecret(const QString& name, const QObject* context, DoneCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    runJob(job, m_timeout, context, this,
        [callback = std::move(callback)](QKeychain::DeletePasswordJob* done, std::optional<SecretError> timeout) {
            if (!callback)
                return;
            if (timeout || done == nullptr)
                return callback(timeout.value_or(noAnswer()));
            if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
                return callback(mapError(done->error(), done->errorString()));
            callback(std::nullopt);
        });
}

} // namespace Fleetdeck
