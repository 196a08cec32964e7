#include "StateDigest.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace cinereg {

StateDigest StateDigest::fromHex(const QString& hex)
{
    StateDigest d;
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() != 32)
        return d;
    for (int i = 0; i < 4; ++i)
        d.m_words[i] = qFromBigEndian<quint64>(bytes.constData() + 8 * i);
    return d;
}

QString StateDigest::toHex() const
{
    QByteArray bytes(32, '\0');
    for (int i = 0; i < 4; ++i)
        qToBigEndian<quint64>(m_words[i], bytes.data() + 8 * i);
    return QString::fromLatin1(bytes.toHex());
}

StateDigest::Words StateDigest::wordsOf(const QByteArray& row)
{
    const QByteArray hash = QCryptographicHash::hash(row, QCryptographicHash::Sha256);
    Words w;
    for (int i = 0; i < 4; ++i)
        w[i] = qFromBigEndian<quint64>(hash.constData() + 8 * i);
    return w;
}

void StateDigest::addWords(const Words& words, bool negate)
{
    Words operand = words;
    if (negate) { // two's complement: subtracting is adding the negation
        quint64 carry = 1;
        for (int i = 3; i >= 0; --i) {
            const quint64 inverted = ~operand[i];
            operand[i] = inverted + carry;
            carry = (carry && operand[i] == 0) ? 1 : 0;
        }
    }
    quint64 carry = 0;
    for (int i = 3; i >= 0; --i) {
        const quint64 sum = m_words[i] + operand[i];
        const quint64 carryOut = (sum < m_words[i]) ? 1 : 0;
        m_words[i] = sum + carry;
        carry = carryOut | ((m_words[i] < sum) ? 1 : 0);
    }
}

} // namespace cinereg
