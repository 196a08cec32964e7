#pragma once

#include <array>
#include <QByteArray>
#include <QString>

namespace cinereg {

// An order-independent digest of a set of rows: the sum, modulo 2^256, of each row's SHA-256.
// Adding and removing one row costs one hash, so a write updates the digest of the whole
// register from the rows it touched, and `check` recomputes the same value from every row.
// A sum (not an exclusive or) keeps two identical rows from cancelling each other.
class StateDigest
{
public:
    StateDigest() = default;
    static StateDigest fromHex(const QString& hex); // zero for an unreadable text

    void add(const QByteArray& row) { addWords(wordsOf(row), false); }
    void remove(const QByteArray& row) { addWords(wordsOf(row), true); }
    // Adds the rows another digest holds (the sum of both sets).
    void add(const StateDigest& other) { addWords(other.m_words, false); }
    QString toHex() const;
    bool operator==(const StateDigest& other) const { return m_words == other.m_words; }
    bool operator!=(const StateDigest& other) const { return !(*this == other); }

private:
    using Words = std::array<quint64, 4>; // most significant first
    static Words wordsOf(const QByteArray& row);
    void addWords(const Words& words, bool negate);
    Words m_words{};
};

} // namespace cinereg
