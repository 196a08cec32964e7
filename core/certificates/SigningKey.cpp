#include "SigningKey.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <sodium.h>
#include <unistd.h>

namespace cinereg {

namespace {
const QByteArray FileHeader = QByteArrayLiteral("cinereg ed25519 secret key v1\n");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Created with O_EXCL and mode 0600: the secret never sits in a file others can read, and two
// workstations starting at once cannot both create a key.
bool writeNewKeyFile(const QString& path, const QByteArray& content, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const ssize_t written = ::write(fd, content.constData(), size_t(content.size()));
    const bool ok = written == content.size() && ::fsync(fd) == 0;
    if (!ok)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    return ok;
}
} // namespace

SigningKey::SigningKey(QByteArray secret, QByteArray publicKey)
    : m_secret(std::move(secret)), m_public(std::move(publicKey))
{
}

QString SigningKey::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("keys/ccm-signing.key"));
}

Outcome<SigningKey> SigningKey::loadOrCreate(const QString& requested)
{
    const QString path = requested.isEmpty() ? defaultPath() : requested;
    if (!sodiumReady())
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The cryptographic library could not be initialised.")};
    QFile file(path);
    if (!file.exists()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
        QByteArray secret(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                            reinterpret_cast<unsigned char*>(secret.data()));
        QString error;
        if (!writeNewKeyFile(path, FileHeader + secret.toBase64() + '\n', &error))
            return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                           tr("The signing key file %1 could not be created: %2.")
                               .arg(QDir::toNativeSeparators(path), error)};
        sodium_memzero(secret.data(), size_t(secret.size()));
    }
    if (!file.open(QIODevice::ReadOnly))
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The signing key file %1 cannot be read: %2.")
                           .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray content = file.readAll();
    const QByteArray secret = content.startsWith(FileHeader)
                                  ? QByteArray::fromBase64(content.mid(FileHeader.size()).trimmed())
                                  : QByteArray();
    if (secret.size() != int(crypto_sign_SECRETKEYBYTES))
        return Refusal{
            Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
            tr("The file %1 is not a cinereg signing key.").arg(QDir::toNativeSeparators(path))};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(publicKey.data()),
                                 reinterpret_cast<const unsigned char*>(secret.constData()));
    return SigningKey(secret, publicKey);
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secret.constData()));
    return signature;
}

QString SigningKey::idOf(const QByteArray& publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(4).toHex().toUpper());
}

bool SigningKey::verify(const QByteArray& message, const QByteArray& signature,
                        const QByteArray& publicKey)
{
    if (!sodiumReady() || signature.size() != int(crypto_sign_BYTES) ||
        publicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(signature.constData()),
               reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

} // namespace cinereg
