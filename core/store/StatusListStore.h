#pragma once

#include "Database.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace cinereg {

// What the published status list needs of the certificate register: each certificate's index,
// the accreditation it attests and its code, and every public key the register knows. Read in
// two queries, so that a list of 100,000 certificates is made in well under a second.
class StatusListStore
{
public:
    explicit StatusListStore(const Database& db) : m_db(db) {}

    struct Row
    {
        int index = 0;
        qint64 accreditationId = 0;
        QString code;
    };
    QVector<Row> rows() const; // by index
    int size() const;          // one more than the highest index

    struct PublicKey
    {
        QString keyId;
        QByteArray key;
    };
    QVector<PublicKey> publicKeys() const;

private:
    const Database& m_db;
};

} // namespace cinereg
