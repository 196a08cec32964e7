#include "Letterhead.h"

#include "../services/Register.h"
#include "../store/AuditLog.h"
#include "../store/LetterheadStore.h"
#include "../store/StoreAccess.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImageReader>

namespace cinereg {

Check Letterhead::set(const QString& imageFile) const
{
    if (auto refusal = m_reg.require(Action::ChangeSettings))
        return *refusal;
    QImageReader reader(imageFile);
    QImage image = reader.read();
    if (image.isNull())
        return Refusal{Rule::InvalidField, QStringLiteral("letterhead"),
                       tr("%1 is not an image that can be printed: %2.")
                           .arg(QDir::toNativeSeparators(imageFile), reader.errorString())};
    if (image.width() > MaxPixels || image.height() > MaxPixels)
        image = image.scaled(MaxPixels, MaxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    Transaction tx(StoreAccess::of(m_reg));
    LetterheadStore(StoreAccess::of(m_reg)).save(png);
    AuditLog(StoreAccess::of(m_reg))
        .append(
            {0, m_reg.clock().now(), m_reg.user(), QStringLiteral("settings"), 0,
             QStringLiteral("letterhead"),
             QJsonObject{{QStringLiteral("sha256"),
                          QString::fromLatin1(
                              QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex())},
                         {QStringLiteral("width"), image.width()},
                         {QStringLiteral("height"), image.height()}}});
    tx.commit();
    return Done{};
}

Check Letterhead::remove() const
{
    if (auto refusal = m_reg.require(Action::ChangeSettings))
        return *refusal;
    Transaction tx(StoreAccess::of(m_reg));
    LetterheadStore(StoreAccess::of(m_reg)).remove();
    AuditLog(StoreAccess::of(m_reg))
        .append({0, m_reg.clock().now(), m_reg.user(), QStringLiteral("settings"), 0,
                 QStringLiteral("letterhead"), QJsonObject{{QStringLiteral("removed"), true}}});
    tx.commit();
    return Done{};
}

QImage Letterhead::image() const
{
    const QByteArray png = LetterheadStore(StoreAccess::of(m_reg)).load();
    return png.isEmpty() ? QImage() : QImage::fromData(png, "PNG");
}

} // namespace cinereg
