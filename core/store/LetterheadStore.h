#pragma once

#include "Database.h"

#include <QByteArray>

namespace cinereg {

// The letterhead image (the Centre's emblem) printed on every certificate, kept in the register
// so that every workstation prints the same page. It lives in the settings table under its own
// key, apart from the settings object, which is read far more often.
class LetterheadStore
{
public:
    explicit LetterheadStore(const Database& db) : m_db(db) {}

    static QString key() { return QStringLiteral("letterhead"); }
    QByteArray load() const; // PNG bytes; empty: none
    void save(const QByteArray& png);
    void remove();

private:
    const Database& m_db;
};

} // namespace cinereg
