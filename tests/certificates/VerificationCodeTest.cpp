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
    const auto first = SigningKey::loadOrCreate(path);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(QFile::permissions(path) &
                  ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
              QFile::Permissions());
    const auto again = SigningKey::loadOrCreate(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().publicKey(), first.value().publicKey());
    const QByteArray message("CCM1:X");
    const QByteArray signature = first.value().sign(message);
    EXPECT_TRUE(SigningKey::verify(message, signature, again.value().publicKey()));
    EXPECT_FALSE(SigningKey::verify(QByteArray("CCM1:Y"), signature, again.value().publicKey()));
}

TEST(SigningKey, AFileThatIsNotAKeyIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-key"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    const auto key = SigningKey::loadOrCreate(path);
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.refusal().rule, Rule::SigningKeyUnusable);
}
