#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>

#include <memory>
#include <optional>

namespace Fleetdeck::Sim {

// A leaf certificate and its private key, as PEM and as Qt objects.
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray keyPem;
    QSslCertificate certificate;
    QSslKey key;
};

// A throw-away certificate authority made at start-up with libcrypto (EC P-256, fast), so that nothing
// certificate-like lives in the repository. It signs leaf certificates for localhost / 127.0.0.1
// with any validity window, including one that has already ended.
class CertificateAuthority
{
public:
    CertificateAuthority();
    ~CertificateAuthority();
    CertificateAuthority(const CertificateAuthority&) = delete;
    CertificateAuthority& operator=(const CertificateAuthority&) = delete;

    // The CA is valid from `notBefore` to `notAfter`.
    bool create(const QDateTime& notBefore, const QDateTime& notAfter, QString* error = nullptr);
    [[nodiscard]] QByteArray certificatePem() const { return m_certificatePem; }

    // A leaf with SAN DNS:localhost and IP:127.0.0.1, signed by this CA.
    std::optional<IssuedCertificate> issue(
        const QDateTime& notBefore, const QDateTime& notAfter, QString* error = nullptr);

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    QByteArray m_certificatePem;
    long m_nextSerial = 2;
};

} // namespace Fleetdeck::Sim
