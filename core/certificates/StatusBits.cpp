#include "StatusBits.h"

#include <zlib.h>

namespace cinereg {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr int GzipWindow = 15 + 16; // zlib's way of asking for a GZIP header and trailer
} // namespace

StatusBits::StatusBits(int entries)
    : m_bytes(qMax(entries, MinimumBits) / 8 + (qMax(entries, MinimumBits) % 8 ? 1 : 0), '\0')
{
}

void StatusBits::set(int index, bool on)
{
    Q_ASSERT(index >= 0 && index < size());
    const char mask = char(0x80 >> (index % 8));
    char& byte = m_bytes[index / 8];
    byte = on ? char(byte | mask) : char(byte & ~mask);
}

bool StatusBits::test(int index) const
{
    if (index < 0 || index >= size())
        return false;
    return (quint8(m_bytes[index / 8]) & (0x80 >> (index % 8))) != 0;
}

QString StatusBits::encode() const
{
    return QLatin1Char('u') + QString::fromLatin1(Gzip::compress(m_bytes).toBase64(Base64Url));
}

std::optional<StatusBits> StatusBits::decode(const QString& encoded)
{
    if (!encoded.startsWith(QLatin1Char('u')))
        return std::nullopt;
    const auto gz = QByteArray::fromBase64Encoding(
        encoded.mid(1).toLatin1(), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!gz)
        return std::nullopt;
    // A list of every certificate the CCM could ever issue stays far below 64 MiB.
    const auto bytes = Gzip::decompress(*gz, 64 << 20);
    if (!bytes || bytes->size() * 8 < MinimumBits)
        return std::nullopt;
    StatusBits bits;
    bits.m_bytes = *bytes;
    return bits;
}

QByteArray Gzip::compress(const QByteArray& data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, GzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int result = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return result == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> Gzip::decompress(const QByteArray& data, qsizetype limit)
{
    z_stream z{};
    if (inflateInit2(&z, GzipWindow) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[16384];
    int result = Z_OK;
    while (result == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(chunk);
        z.avail_out = sizeof chunk;
        result = inflate(&z, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
        if (out.size() > limit)
            result = Z_DATA_ERROR;
    }
    inflateEnd(&z);
    if (result != Z_STREAM_END || z.avail_in != 0)
        return std::nullopt;
    return out;
}

} // namespace cinereg
