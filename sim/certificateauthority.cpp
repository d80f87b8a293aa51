#include "sim/certificateauthority.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Fleetdeck::Sim {

namespace {

struct Deleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter>;
using CertPtr = std::unique_ptr<X509, Deleter>;
using BioPtr = std::unique_ptr<BIO, Deleter>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter>;

QString opensslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    if (code != 0)
        ERR_error_string_n(code, buffer, sizeof(buffer));
    ERR_clear_error();
    return QStringLiteral("%1 failed: %2").arg(QLatin1String(what), QLatin1String(buffer));
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

KeyPtr makeKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool setName(X509_NAME* name, const char* commonName)
{
    return X509_NAME_add_entry_by_txt(
               name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Fleetdeck Sim"), -1, -1, 0)
        == 1
        && X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0)
        == 1;
}

// A certificate for `key`, issued by `issuer` (itself when null), valid in [notBefore, notAfter].
CertPtr makeCertificate(EVP_PKEY* key, const char* commonName, long serial, const QDateTime& notBefore,
    const QDateTime& notAfter, X509* issuer, bool isCa)
{
    CertPtr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1
        || ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), serial) != 1
        || !ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(notAfter.toSecsSinceEpoch()))
        || X509_set_pubkey(certificate.get(), key) != 1
        || !setName(X509_get_subject_name(certificate.get()), commonName))
        return {};
    X509* signer = issuer ? issuer : certificate.get();
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer)) != 1)
        return {};
    const bool extensionsOk = isCa ? addExtension(certificate.get(), signer, NID_basic_constraints, "critical,CA:TRUE")
            && addExtension(certificate.get(), signer, NID_key_usage, "critical,keyCertSign,cRLSign")
            && addExtension(certificate.get(), signer, NID_subject_key_identifier, "hash")
                                   : addExtension(certificate.get(), signer, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(certificate.get(), signer, NID_key_usage, "critical,digitalSignature")
            && addExtension(certificate.get(), signer, NID_ext_key_usage, "serverAuth")
            && addExtension(certificate.get(), signer, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1")
            && addExtension(certificate.get(), signer, NID_authority_key_identifier, "keyid:always");
    if (!extensionsOk)
        return {};
    return certificate;
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size > 0 ? qsizetype(size) : 0);
}

QByteArray certificateToPem(X509* certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray keyToPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

} // namespace

struct CertificateAuthority::Keys
{
    KeyPtr key;
    CertPtr certificate;
};

CertificateAuthority::CertificateAuthority()
    : m_keys(std::make_unique<Keys>())
{
}

CertificateAuthority::~CertificateAuthority() = default;

bool CertificateAuthority::create(const QDateTime& notBefore, const QDateTime& notAfter, QString* error)
{
    KeyPtr key = makeKey();
    if (!key)
        return fail(error, opensslError("EC key generation"));
    CertPtr certificate = makeCertificate(key.get(), "Fleetdeck Sim CA", 1, notBefore, notAfter, nullptr, true);
    if (!certificate || X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0)
        return fail(error, opensslError("CA certificate"));
    m_certificatePem = certificateToPem(certificate.get());
    if (m_certificatePem.isEmpty())
        return fail(error, opensslError("CA PEM encoding"));
    m_keys->key = std::move(key);
    m_keys->certificate = std::move(certificate);
    return true;
}

std::optional<IssuedCertificate> CertificateAuthority::issue(
    const QDateTime& notBefore, const QDateTime& notAfter, QString* error)
{
    if (!m_keys->certificate) {
        fail(error, QStringLiteral("the certificate authority was not created"));
        return std::nullopt;
    }
    KeyPtr key = makeKey();
    if (!key) {
        fail(error, opensslError("EC key generation"));
        return std::nullopt;
    }
    CertPtr certificate =
        makeCertificate(key.get(), "localhost", m_nextSerial++, notBefore, notAfter, m_keys->certificate.get(), false);
    if (!certificate || X509_sign(certificate.get(), m_keys->key.get(), EVP_sha256()) == 0) {
        fail(error, opensslError("leaf certificate"));
        return std::nullopt;
    }
    IssuedCertificate issued;
    issued.certificatePem = certificateToPem(certificate.get());
    issued.keyPem = keyToPem(key.get());
    issued.certificate = QSslCertificate(issued.certificatePem, QSsl::Pem);
    issued.key = QSslKey(issued.keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (issued.certificate.isNull() || issued.key.isNull()) {
        fail(error,
            QStringLiteral("Qt could not load the generated certificate or key (is the OpenSSL TLS backend "
                           "available?)"));
        return std::nullopt;
    }
    return issued;
}

} // namespace Fleetdeck::Sim
