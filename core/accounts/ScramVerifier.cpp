#include "ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace cinereg {

namespace {
QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA-256 with one block: the "Hi" function of RFC 5802.
QByteArray hi(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result[b] ^ u[b]);
    }
    return result;
}

// What libpq sends for a password: SASLprep (RFC 4013) in its common cases, compatibility
// composition and non-ASCII spaces as spaces; an ASCII password is itself.
QByteArray prepared(const QString& password)
{
    QString text = password.normalized(QString::NormalizationForm_KC);
    for (QChar& c : text)
        if (c.unicode() > 0x7f && c.category() == QChar::Separator_Space)
            c = QLatin1Char(' ');
    return text.toUtf8();
}
} // namespace

ScramVerifier::Keys ScramVerifier::keys(const QString& password, const QByteArray& salt,
                                        int iterations)
{
    const QByteArray salted = hi(prepared(password), salt, iterations);
    return {QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256),
            hmac(salted, "Server Key")};
}

QString ScramVerifier::of(const QString& password, const QByteArray& salt, int iterations)
{
    const Keys k = keys(password, salt, iterations);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(k.storedKey.toBase64()),
             QString::fromLatin1(k.serverKey.toBase64()));
}

QString ScramVerifier::of(const QString& password)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words); // the operating system's secure source
    const QByteArray salt(reinterpret_cast<const char*>(words), sizeof words);
    return of(password, salt, Iterations);
}

} // namespace cinereg
