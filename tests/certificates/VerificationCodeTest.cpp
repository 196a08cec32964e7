#include "certificates/VerificationCode.h"

#include "certificates/SigningKey.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>

using namespace cinereg;

TEST(Base32, RoundTripsEveryLength)
{
    for (int n = 0; n < 70; ++n) {
        QByteArray data;
        for (int i = 0; i < n; ++i)
            data.append(char((i * 37 + n) & 0xff));
        const QString text = Base32::encode(data);
        const auto back = Base32::decode(text);
        ASSERT_TRUE(back.has_value()) << n;
        EXPECT_EQ(*back, data) << n;
    }
    EXPECT_FALSE(Base32::decode(QStringLiteral("AB1")).has_value()); // 1 is not base32
}

TEST(VerificationCode, EncodesDecodesAndIgnoresSpacesOfAPrintedCode)
{
    VerificationCode code;
    code.number = QStringLiteral("ATT-AEN-2026-0001");
    code.ice = QStringLiteral("001561191000066");
    code.tier = RightKind::International;
    code.validFrom = QDate(2026, 2, 1);
    code.issuedOn = QDate(2026, 11, 26);
    code.keyId = QStringLiteral("0A1B2C3D");
    code.signature = QByteArray(64, '\x5a');
    const QString text = code.encode();
    EXPECT_TRUE(
        text.startsWith(QStringLiteral("CCM1:ATT-AEN-2026-0001:001561191000066:I:20260201:-:")));
    QString spaced = text;
    spaced.insert(40, QStringLiteral("\n  "));
    const auto back = VerificationCode::decode(spaced);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->encode(), text);
    EXPECT_FALSE(back->validUntil.isValid());
    EXPECT_EQ(
        VerificationCode::findAll(QStringLiteral("before ") + spaced + QStringLiteral(" after")),
        QStringList{text});
    EXPECT_FALSE(VerificationCode::decode(text.left(text.size() - 1)).has_value());
}

TEST(SigningKey, CreatedOwnerOnlyAndStableAcrossLoads)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys/ccm.key"));
    const auto first = SigningKey::create(path);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(QFile::permissions(path) &
                  ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
              QFile::Permissions());
    const auto again = SigningKey::load(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().publicKey(), first.value().publicKey());
    const QByteArray message("CCM1:X");
    const QByteArray signature = first.value().sign(message);
    EXPECT_TRUE(SigningKey::verify(message, signature, again.value().publicKey()));
    EXPECT_FALSE(SigningKey::verify(QByteArray("CCM1:Y"), signature, again.value().publicKey()));
}

TEST(SigningKey, NeverCreatedOnLoadNorOverwrittenOnCreate)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ccm.key"));
    const auto missing = SigningKey::load(path);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.refusal().rule, Rule::SigningKeyUnusable);
    EXPECT_TRUE(missing.refusal().message.contains(QStringLiteral("key create")));
    EXPECT_FALSE(QFile::exists(path));

    const auto created = SigningKey::create(path);
    ASSERT_TRUE(created.ok());
    EXPECT_FALSE(SigningKey::create(path).ok());
    EXPECT_EQ(SigningKey::load(path).value().publicKey(), created.value().publicKey());
}

TEST(SigningKey, AKeyFileOthersCanReadIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ccm.key"));
    ASSERT_TRUE(SigningKey::create(path).ok());
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
    const auto key = SigningKey::load(path);
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.refusal().rule, Rule::SigningKeyUnusable);
    EXPECT_TRUE(key.refusal().message.contains(QStringLiteral("644")));
    EXPECT_TRUE(key.refusal().message.contains(QStringLiteral("chmod 600")));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    EXPECT_TRUE(SigningKey::load(path).ok());
}

TEST(SigningKey, ImportCopiesTheKeyOwnerOnlyAndNeverReplacesAnother)
{
    QTemporaryDir dir;
    const QString medium = dir.filePath(QStringLiteral("usb/ccm.key"));
    const auto original = SigningKey::create(medium);
    ASSERT_TRUE(original.ok());
    QFile::setPermissions(medium, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    const QString installed = dir.filePath(QStringLiteral("keys/ccm.key"));
    const auto imported = SigningKey::importFile(medium, installed);
    ASSERT_TRUE(imported.ok()) << imported.refusal().message.toStdString();
    EXPECT_EQ(imported.value().publicKey(), original.value().publicKey());
    EXPECT_EQ(QFile::permissions(installed) & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
    EXPECT_TRUE(SigningKey::importFile(medium, installed).ok()); // the same key again: fine

    const QString other = dir.filePath(QStringLiteral("other.key"));
    ASSERT_TRUE(SigningKey::create(other).ok());
    const auto replaced = SigningKey::importFile(other, installed);
    ASSERT_FALSE(replaced.ok());
    EXPECT_EQ(SigningKey::load(installed).value().publicKey(), original.value().publicKey());
}

TEST(SigningKey, AFileThatIsNotAKeyIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-key"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    const auto key = SigningKey::importFile(path, dir.filePath(QStringLiteral("installed.key")));
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.refusal().rule, Rule::SigningKeyUnusable);
    EXPECT_TRUE(key.refusal().message.contains(QStringLiteral("not a cinereg signing key")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("installed.key"))));
}
