// The verifier of a server login's password against the example of RFC 7677 (SCRAM-SHA-256,
// user "user", password "pencil"): the keys must produce the exchange's client proof and server
// signature exactly.
#include "accounts/ScramVerifier.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>

using namespace cinereg;

namespace {
const QByteArray Salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
const QByteArray AuthMessage =
    "n=user,r=rOprNGfwEbeRWgbNEkqO,"
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
    "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}
} // namespace

TEST(ScramVerifier, ItsServerKeySignsAsInRfc7677)
{
    const ScramVerifier::Keys k = ScramVerifier::keys(QStringLiteral("pencil"), Salt, 4096);
    EXPECT_EQ(hmac(k.serverKey, AuthMessage).toBase64(),
              QByteArray("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
}

TEST(ScramVerifier, ItsStoredKeyChecksTheClientProofOfRfc7677)
{
    const ScramVerifier::Keys k = ScramVerifier::keys(QStringLiteral("pencil"), Salt, 4096);
    // The server recovers the client key from the proof and compares its hash with StoredKey.
    const QByteArray proof = QByteArray::fromBase64("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
    const QByteArray signature = hmac(k.storedKey, AuthMessage);
    QByteArray clientKey(proof.size(), '\0');
    for (qsizetype i = 0; i < proof.size(); ++i)
        clientKey[i] = char(proof[i] ^ signature[i]);
    EXPECT_EQ(QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256), k.storedKey);
    // A wrong password gives other keys.
    EXPECT_NE(ScramVerifier::keys(QStringLiteral("pencil2"), Salt, 4096).storedKey, k.storedKey);
}

TEST(ScramVerifier, IsInTheServersFormWithAFreshSaltEachTime)
{
    const QString first = ScramVerifier::of(QStringLiteral("correct horse"));
    const QString second = ScramVerifier::of(QStringLiteral("correct horse"));
    EXPECT_NE(first, second);
    // SCRAM-SHA-256$4096:<salt>$<StoredKey>:<ServerKey>
    const QStringList parts = first.split(QLatin1Char('$'));
    ASSERT_EQ(parts.size(), 3);
    EXPECT_EQ(parts[0], QStringLiteral("SCRAM-SHA-256"));
    const QStringList cost = parts[1].split(QLatin1Char(':'));
    ASSERT_EQ(cost.size(), 2);
    EXPECT_EQ(cost[0], QStringLiteral("4096"));
    const QByteArray salt = QByteArray::fromBase64(cost[1].toLatin1());
    EXPECT_EQ(salt.size(), 16);
    EXPECT_EQ(first, ScramVerifier::of(QStringLiteral("correct horse"), salt, 4096));
}
