#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

namespace cinereg {

// One bit per certificate, in the manner of the W3C Bitstring Status List v1.0: index 0 is the
// most significant bit of the first byte, the list is at least 131,072 bits long (16 KiB, so a
// small register does not reveal its size by the list's), GZIP-compressed and written in
// base64url without padding after the multibase prefix "u".
class StatusBits
{
public:
    static constexpr int MinimumBits = 131072;

    explicit StatusBits(int entries = 0);
    int size() const { return int(m_bytes.size()) * 8; }
    void set(int index, bool on = true);
    bool test(int index) const;

    QString encode() const;
    // nullopt when the text is not base64url, not GZIP, or shorter than the minimum.
    static std::optional<StatusBits> decode(const QString& encoded);

private:
    QByteArray m_bytes;
};

// GZIP (RFC 1952) with zlib, as the browser's DecompressionStream("gzip") reads it.
namespace Gzip {
QByteArray compress(const QByteArray& data);
std::optional<QByteArray> decompress(const QByteArray& data, qsizetype limit);
} // namespace Gzip

} // namespace cinereg
