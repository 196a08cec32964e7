#pragma once

#include <QByteArray>
#include <QString>

namespace cinereg {

// The form in which a PostgreSQL server keeps a login's password for SCRAM-SHA-256
// authentication (RFC 5802, RFC 7677): "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>".
// Computed here, like psql's \password does, so that the password itself never travels in a
// CREATE ROLE or ALTER ROLE statement (which the server may write to its log).
class ScramVerifier
{
public:
    static constexpr int Iterations = 4096; // the server's own default (scram_iterations)

    // With a fresh random salt of 16 bytes.
    static QString of(const QString& password);
    static QString of(const QString& password, const QByteArray& salt, int iterations);

    // The keys a verifier is made of, for the tests against the RFC's example.
    struct Keys
    {
        QByteArray storedKey;
        QByteArray serverKey;
    };
    static Keys keys(const QString& password, const QByteArray& salt, int iterations);
};

} // namespace cinereg
