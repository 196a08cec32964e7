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
#include <sys/stat.h>
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

Outcome<SigningKey> SigningKey::create(const QString& requested)
{
    const QString path = requested.isEmpty() ? defaultPath() : requested;
    if (!sodiumReady())
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The cryptographic library could not be initialised.")};
    if (QFileInfo::exists(path))
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The signing key file %1 already exists; it is never overwritten.")
                           .arg(QDir::toNativeSeparators(path))};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secret(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()),
                        reinterpret_cast<unsigned char*>(secret.data()));
    QString error;
    const bool written = writeNewKeyFile(path, FileHeader + secret.toBase64() + '\n', &error);
    if (!written) {
        sodium_memzero(secret.data(), size_t(secret.size()));
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The signing key file %1 could not be created: %2.")
                           .arg(QDir::toNativeSeparators(path), error)};
    }
    return SigningKey(secret, publicKey);
}

Outcome<SigningKey> SigningKey::load(const QString& requested)
{
    const QString path = requested.isEmpty() ? defaultPath() : requested;
    if (!QFileInfo::exists(path))
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("No signing key is configured (no file %1): an administrator creates "
                          "or imports the CCM's key first (cinereg-cli key create, key import "
                          "FILE, or Settings → Signing key).")
                           .arg(QDir::toNativeSeparators(path))};
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 &&
        (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The signing key file %1 can be read by other accounts (mode %2): any "
                          "of them could sign certificates. Make it readable by its owner only "
                          "(chmod 600) before issuing.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(info.st_mode & 0777, 3, 8, QLatin1Char('0'))};
    return read(path);
}

Outcome<SigningKey> SigningKey::importFile(const QString& source, const QString& requested)
{
    const QString destination = requested.isEmpty() ? defaultPath() : requested;
    const Outcome<SigningKey> key = read(source);
    if (!key)
        return key;
    if (QFileInfo(source).canonicalFilePath() == QFileInfo(destination).canonicalFilePath())
        return load(destination); // already in place: only its mode is checked
    if (QFileInfo::exists(destination)) {
        const Outcome<SigningKey> present = read(destination);
        if (present && present.value().publicKey() == key.value().publicKey())
            return load(destination);
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The signing key file %1 already holds another key; it is never "
                          "overwritten.")
                           .arg(QDir::toNativeSeparators(destination))};
    }
    QDir().mkpath(QFileInfo(destination).absolutePath());
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The signing key file %1 cannot be read: %2.")
                           .arg(QDir::toNativeSeparators(source), in.errorString())};
    QString error;
    if (!writeNewKeyFile(destination, in.readAll(), &error))
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The signing key file %1 could not be created: %2.")
                           .arg(QDir::toNativeSeparators(destination), error)};
    return load(destination);
}

Outcome<SigningKey> SigningKey::read(const QString& path)
{
    if (!sodiumReady())
        return Refusal{Rule::SigningKeyUnusable, QStringLiteral("signing_key"),
                       tr("The cryptographic library could not be initialised.")};
    QFile file(path);
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
