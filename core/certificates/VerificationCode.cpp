#include "VerificationCode.h"

#include "SigningKey.h"

#include <algorithm>
#include <QRegularExpression>
#include <QUrl>

namespace cinereg {

namespace {
const QString Prefix = QStringLiteral("CCM1");
const QLatin1String Alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
constexpr int SignatureChars = (SigningKey::SignatureBytes * 8 + 4) / 5; // 103
constexpr int FieldCount = 9;

QString compactDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyyMMdd")) : QStringLiteral("-");
}

std::optional<QDate> dateFrom(const QString& text, bool allowNone)
{
    if (allowNone && text == QLatin1String("-"))
        return QDate();
    // By hand rather than QDate::fromString(format), which costs more than the rest of the
    // decoding: publishing decodes every certificate of the register.
    if (text.size() != 8 || !std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return std::nullopt;
    const QDate date(QStringView(text).left(4).toInt(), QStringView(text).mid(4, 2).toInt(),
                     QStringView(text).mid(6, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}
} // namespace

QString Base32::encode(const QByteArray& data)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += Alphabet[int((buffer >> (bits - 5)) & 31)];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += Alphabet[int((buffer << (5 - bits)) & 31)];
    return out;
}

std::optional<QByteArray> Base32::decode(const QString& text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char16_t u = c.toUpper().unicode();
        const int value = u >= u'A' && u <= u'Z'   ? u - u'A'
                          : u >= u'2' && u <= u'7' ? u - u'2' + 26
                                                   : -1;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt; // non-canonical trailing bits: an altered code
    return out;
}

QByteArray VerificationCode::message() const
{
    const QStringList fields{Prefix,
                             number,
                             ice,
                             tier == RightKind::International ? QStringLiteral("I")
                                                              : QStringLiteral("N"),
                             compactDate(validFrom),
                             compactDate(validUntil),
                             compactDate(issuedOn),
                             keyId};
    return fields.join(QLatin1Char(':')).toUtf8();
}

QString VerificationCode::encode() const
{
    return QString::fromUtf8(message()) + QLatin1Char(':') + Base32::encode(signature);
}

std::optional<VerificationCode> VerificationCode::decode(const QString& text)
{
    // A QR code printed since the public page exists carries the page's address with the code
    // in the fragment (https://…/verification/#CCM1:…); older ones carry the code alone.
    QString compact = text.contains(QLatin1Char('#'))
                          ? QUrl::fromPercentEncoding(text.section(QLatin1Char('#'), -1).toUtf8())
                          : text;
    if (std::any_of(compact.cbegin(), compact.cend(), [](QChar c) { return c.isSpace(); })) {
        static const QRegularExpression space(QStringLiteral("\\s"));
        compact.remove(space);
    }
    const QStringList fields = compact.split(QLatin1Char(':'));
    if (fields.size() != FieldCount || fields[0].compare(Prefix, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    VerificationCode code;
    code.number = fields[1];
    code.ice = fields[2];
    if (fields[3] == QLatin1String("N"))
        code.tier = RightKind::National;
    else if (fields[3] == QLatin1String("I"))
        code.tier = RightKind::International;
    else
        return std::nullopt;
    const auto from = dateFrom(fields[4], false);
    const auto until = dateFrom(fields[5], true);
    const auto issued = dateFrom(fields[6], false);
    const auto signature = Base32::decode(fields[8]);
    if (code.number.isEmpty() || !from || !until || !issued || !signature ||
        fields[8].size() != SignatureChars)
        return std::nullopt;
    code.validFrom = *from;
    code.validUntil = *until;
    code.issuedOn = *issued;
    code.keyId = fields[7];
    code.signature = *signature;
    return code;
}

QStringList VerificationCode::findAll(const QString& text)
{
    // Text extracted from a page keeps the code's characters but may break it across lines.
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression pattern(
        QStringLiteral(
            "CCM1:[^:]+:\\d{15}:[NI]:\\d{8}:(?:\\d{8}|-):\\d{8}:[0-9A-F]{8}:[A-Z2-7]{%1}")
            .arg(SignatureChars));
    QStringList codes;
    auto it = pattern.globalMatch(compact);
    while (it.hasNext())
        codes.append(it.next().captured(0));
    return codes;
}

} // namespace cinereg
