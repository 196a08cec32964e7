#include "StatusList.h"

#include "SigningKey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace cinereg {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QString Type = QStringLiteral("CinereGStatusList");

QString base64Url(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64(Base64Url));
}

std::optional<QByteArray> fromBase64Url(const QJsonValue& value)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}
} // namespace

StatusList::StatusList(int size)
    : revoked(size), suspended(size), ended(size), m_size(size),
      m_entries(qsizetype(size) * DigestBytes, '\0')
{
}

QByteArray StatusList::digestOf(const QByteArray& signature)
{
    return QCryptographicHash::hash(signature, QCryptographicHash::Sha256).left(DigestBytes);
}

void StatusList::setEntry(int index, const QByteArray& signature)
{
    Q_ASSERT(index >= 0 && index < m_size);
    const QByteArray digest = digestOf(signature);
    std::copy(digest.cbegin(), digest.cend(), m_entries.begin() + qsizetype(index) * DigestBytes);
}

std::optional<int> StatusList::indexOf(const QByteArray& signature) const
{
    const QByteArray digest = digestOf(signature);
    for (int i = 0; i < m_size; ++i)
        if (QByteArrayView(m_entries).sliced(qsizetype(i) * DigestBytes, DigestBytes) == digest)
            return i;
    return std::nullopt;
}

QByteArray StatusList::payload() const
{
    const QJsonObject json{
        {QStringLiteral("type"), Type},
        {QStringLiteral("version"), 1},
        {QStringLiteral("made"), made.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("trust_until"), trustUntil.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("size"), m_size},
        {QStringLiteral("digest_bytes"), DigestBytes},
        {QStringLiteral("entries"), base64Url(m_entries)},
        {QStringLiteral("revoked"), revoked.encode()},
        {QStringLiteral("suspended"), suspended.encode()},
        {QStringLiteral("ended"), ended.encode()}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray StatusList::signedDocument(const SigningKey& key) const
{
    const QByteArray signedBytes = payload();
    const QJsonObject document{{QStringLiteral("payload"), base64Url(signedBytes)},
                               {QStringLiteral("key_id"), key.keyId()},
                               {QStringLiteral("signature"), base64Url(key.sign(signedBytes))}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Outcome<StatusList> StatusList::read(const QByteArray& document,
                                     const QHash<QString, QByteArray>& publicKeys)
{
    const auto refused = [](const QString& why) {
        return Refusal{Rule::InvalidField, QStringLiteral("status_list"), why};
    };
    const QJsonObject outer = QJsonDocument::fromJson(document).object();
    const auto signedBytes = fromBase64Url(outer.value(QStringLiteral("payload")));
    const auto signature = fromBase64Url(outer.value(QStringLiteral("signature")));
    const QString keyId = outer.value(QStringLiteral("key_id")).toString();
    if (!signedBytes || !signature)
        return refused(tr("The status list is not readable."));
    if (!publicKeys.contains(keyId))
        return refused(
            tr("The status list is signed with key %1, which is not published.").arg(keyId));
    if (!SigningKey::verify(*signedBytes, *signature, publicKeys.value(keyId)))
        return refused(tr("The status list's signature does not match its content: it was "
                          "altered and is refused."));

    const QJsonObject json = QJsonDocument::fromJson(*signedBytes).object();
    const int size = json.value(QStringLiteral("size")).toInt(-1);
    const auto entries = fromBase64Url(json.value(QStringLiteral("entries")));
    std::optional<StatusBits> bits[3];
    const char* names[3] = {"revoked", "suspended", "ended"};
    for (int i = 0; i < 3; ++i)
        bits[i] = StatusBits::decode(json.value(QLatin1String(names[i])).toString());
    if (json.value(QStringLiteral("type")).toString() != Type || size < 0 || !entries ||
        entries->size() != qsizetype(size) * DigestBytes || !bits[0] || !bits[1] || !bits[2] ||
        bits[0]->size() < size || bits[1]->size() < size || bits[2]->size() < size)
        return refused(tr("The status list is not readable."));
    StatusList list(0);
    list.m_size = size;
    list.m_entries = *entries;
    list.made = QDateTime::fromString(json.value(QStringLiteral("made")).toString(), Qt::ISODate);
    list.trustUntil =
        QDateTime::fromString(json.value(QStringLiteral("trust_until")).toString(), Qt::ISODate);
    list.revoked = *bits[0];
    list.suspended = *bits[1];
    list.ended = *bits[2];
    return list;
}

} // namespace cinereg
