#include "certificates/StatusList.h"

#include "certificates/SigningKey.h"
#include "certificates/StatusBits.h"
#include "certificates/VerificationPagePublisher.h"
#include "CertificateTestSupport.h"
#include "RawEdit.h"
#include "StorageError.h"
#include "store/StatusListStore.h"
#include "store/StoreAccess.h"
#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {
QHash<QString, QByteArray> keysOf(const SigningKey& key)
{
    return {{key.keyId(), key.publicKey()}};
}

SigningKey keyIn(const QTemporaryDir& dir)
{
    return SigningKey::create(dir.filePath(QStringLiteral("k"))).value();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray signatureOf(const QString& code)
{
    return VerificationCode::decode(code)->signature;
}

// A renewal changes the attested validity, so the next certificate is a new one.
void renew(CertifiedCompany& f, QDate on, QDate until)
{
    GrantRules::DecisionRequest r;
    r.type = DecisionType::Renew;
    r.reference = QStringLiteral("R-%1").arg(until.toString(Qt::ISODate));
    r.effective = on;
    r.validUntil = until;
    ASSERT_TRUE(f.t.reg().rights().decide(f.accreditation, r).ok());
}
} // namespace

TEST(StatusBits, IndexZeroIsTheFirstBytesMostSignificantBitAsTheW3cListSays)
{
    StatusBits bits(10);
    EXPECT_EQ(bits.size(), StatusBits::MinimumBits); // a small register does not show its size
    bits.set(0);
    bits.set(9);
    bits.set(StatusBits::MinimumBits - 1);
    const auto gz =
        QByteArray::fromBase64(bits.encode().mid(1).toLatin1(), QByteArray::Base64UrlEncoding);
    const QByteArray raw = *Gzip::decompress(gz, 1 << 20);
    ASSERT_EQ(raw.size(), StatusBits::MinimumBits / 8);
    EXPECT_EQ(quint8(raw[0]), 0x80);
    EXPECT_EQ(quint8(raw[1]), 0x40);
    EXPECT_EQ(quint8(raw[raw.size() - 1]), 0x01);
    EXPECT_TRUE(bits.test(0));
    EXPECT_FALSE(bits.test(1));
    EXPECT_TRUE(bits.test(9));
    bits.set(9, false);
    EXPECT_FALSE(bits.test(9));
    EXPECT_FALSE(bits.test(-1));
    EXPECT_FALSE(bits.test(StatusBits::MinimumBits));
}

TEST(StatusBits, IsGzipInBase64UrlAndReadsBackBitForBit)
{
    StatusBits bits(200000); // above the minimum: rounded up to whole bytes
    EXPECT_EQ(bits.size(), 200000);
    for (int i = 0; i < bits.size(); i += 997)
        bits.set(i);
    const QString encoded = bits.encode();
    ASSERT_TRUE(encoded.startsWith(QLatin1Char('u'))); // multibase: base64url without padding
    EXPECT_FALSE(encoded.contains(QLatin1Char('=')) || encoded.contains(QLatin1Char('+')) ||
                 encoded.contains(QLatin1Char('/')));
    const QByteArray gz =
        QByteArray::fromBase64(encoded.mid(1).toLatin1(), QByteArray::Base64UrlEncoding);
    EXPECT_EQ(gz.left(2), QByteArray("\x1f\x8b")); // a GZIP member, as browsers decompress it
    EXPECT_LT(encoded.size(), 2000);               // sparse bits compress to almost nothing
    const auto back = StatusBits::decode(encoded);
    ASSERT_TRUE(back);
    for (int i = 0; i < bits.size(); ++i)
        ASSERT_EQ(back->test(i), i % 997 == 0) << i;

    EXPECT_FALSE(StatusBits::decode(encoded.mid(1)));          // no multibase prefix
    EXPECT_FALSE(StatusBits::decode(QStringLiteral("uAAAA"))); // not GZIP
    EXPECT_FALSE(StatusBits::decode(
        QLatin1Char('u') +
        QString::fromLatin1(Gzip::compress(QByteArray(100, '\0'))
                                .toBase64(QByteArray::Base64UrlEncoding |
                                          QByteArray::OmitTrailingEquals)))); // too short
}

TEST(StatusList, ReadsBackWhatItSignedAndFindsACertificateBySignature)
{
    QTemporaryDir dir;
    const SigningKey key = keyIn(dir);
    StatusList list(3);
    list.made = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    list.trustUntil = list.made.addDays(7);
    const QByteArray a(64, 'a'), b(64, 'b'), c(64, 'c');
    list.setEntry(0, a);
    list.setEntry(1, b);
    list.setEntry(2, c);
    list.revoked.set(1);
    list.suspended.set(2);

    const auto read = StatusList::read(list.signedDocument(key), keysOf(key));
    ASSERT_TRUE(read.ok()) << read.refusal().message.toStdString();
    const StatusList& back = read.value();
    EXPECT_EQ(back.size(), 3);
    EXPECT_EQ(back.made, list.made);
    EXPECT_EQ(back.trustUntil, QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(back.indexOf(b), 1);
    EXPECT_EQ(back.indexOf(c), 2);
    EXPECT_FALSE(back.indexOf(QByteArray(64, 'd')));
    EXPECT_TRUE(back.revoked.test(1));
    EXPECT_FALSE(back.revoked.test(2));
    EXPECT_TRUE(back.suspended.test(2));
    EXPECT_FALSE(back.suspended.test(0));
}

TEST(StatusList, ATamperedListOrOneSignedByAnotherKeyIsRefused)
{
    QTemporaryDir dir, other;
    const SigningKey key = keyIn(dir);
    StatusList list(1);
    list.made = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    list.trustUntil = list.made.addDays(7);
    list.setEntry(0, QByteArray(64, 'a'));
    list.revoked.set(0);
    const QByteArray document = list.signedDocument(key);

    // Clear the revoked bit and keep the signature: exactly what a forger would want.
    QJsonObject outer = QJsonDocument::fromJson(document).object();
    StatusList cleared = list;
    cleared.revoked.set(0, false);
    outer.insert(QStringLiteral("payload"),
                 QString::fromLatin1(cleared.payload().toBase64(QByteArray::Base64UrlEncoding |
                                                                QByteArray::OmitTrailingEquals)));
    const auto tampered = StatusList::read(QJsonDocument(outer).toJson(), keysOf(key));
    ASSERT_FALSE(tampered.ok());
    EXPECT_EQ(tampered.refusal().field, QStringLiteral("status_list"));

    EXPECT_FALSE(StatusList::read(document, keysOf(keyIn(other))).ok());
    EXPECT_FALSE(StatusList::read("not json", keysOf(key)).ok());
    EXPECT_TRUE(StatusList::read(document, keysOf(key)).ok());
}

TEST(StatusList, IsStaleAfterTheTrustDaysOfTheSettings)
{
    CertifiedCompany f;
    Settings s = f.t.reg().settings();
    EXPECT_EQ(s.statusListTrustDays, 7);
    s.statusListTrustDays = 3;
    f.t.reg().saveSettings(s);
    const StatusList list = VerificationPagePublisher(f.t.reg()).makeList();
    EXPECT_EQ(list.made, f.t.clock().now().toUTC());
    EXPECT_EQ(list.trustUntil, f.t.clock().now().toUTC().addDays(3));
    EXPECT_FALSE(list.staleAt(list.made.addDays(3)));
    EXPECT_TRUE(list.staleAt(list.made.addDays(3).addSecs(1)));
}

TEST(StatusList, EachCertificateGetsTheNextIndexForEver)
{
    CertifiedCompany f;
    const CertificateContent first = f.issue(f.accreditation);
    renew(f, QDate(2026, 11, 26), QDate(2030, 1, 31)); // a new certificate
    const CertificateContent second = f.issue(f.accreditation);
    ASSERT_NE(first.number, second.number);
    const QVector<StatusListStore::Row> rows = StatusListStore(StoreAccess::of(f.t.reg())).rows();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].index, 0);
    EXPECT_EQ(rows[0].code, first.code);
    EXPECT_EQ(rows[1].index, 1);
    EXPECT_EQ(rows[1].code, second.code);
    EXPECT_THROW(StoreAccess::of(f.t.reg()).run(
                     QStringLiteral("UPDATE certificate_status_index SET status_index = 7")),
                 StorageError);
}

TEST(StatusList, ARegisterOfThePreviousVersionGivesItsCertificatesIndexesInOrderOfIssue)
{
    SKIP_ON_SERVER("a server register was never at a schema before the status indexes");
    CertifiedCompany f;
    const CertificateContent first = f.issue(f.accreditation);
    renew(f, QDate(2026, 11, 26), QDate(2030, 1, 31));
    const CertificateContent second = f.issue(f.accreditation);
    // Back to the schema before status indexes, as a file written by the previous version.
    for (const char* sql :
         {"DROP TRIGGER certificates_get_a_status_index",
          "DROP TRIGGER status_indexes_are_never_edited",
          "DROP TRIGGER status_indexes_are_never_deleted", "DROP TABLE certificate_status_index",
          // and the later steps (standing periods, the seal)
          "DROP TABLE standing_periods", "DROP TABLE integrity_seal", "PRAGMA user_version = 3"})
        StoreAccess::of(f.t.reg()).run(QLatin1String(sql));
    f.t.reopen();
    const QVector<StatusListStore::Row> rows = StatusListStore(StoreAccess::of(f.t.reg())).rows();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].code, first.code);
    EXPECT_EQ(rows[0].index, 0);
    EXPECT_EQ(rows[1].code, second.code);
    EXPECT_EQ(rows[1].index, 1);
    // and the next certificate continues the sequence
    renew(f, QDate(2026, 11, 27), QDate(2031, 1, 31));
    f.t.clock().setToday(QDate(2026, 11, 27));
    f.issue(f.accreditation);
    EXPECT_EQ(StatusListStore(StoreAccess::of(f.t.reg())).rows().back().index, 2);
}

TEST(StatusList, SaysWhatCertificateVerifySaysForEachCertificate)
{
    CertifiedCompany f;
    const QString code = f.issue(f.accreditation).code;
    const auto listed = [&](const StatusList& list) {
        const int i = *list.indexOf(signatureOf(code));
        return list.revoked.test(i)     ? CertificateStatus::Revoked
               : list.suspended.test(i) ? CertificateStatus::Suspended
               : list.ended.test(i)     ? CertificateStatus::Expired
                                        : CertificateStatus::Valid;
    };
    const VerificationPagePublisher publisher(f.t.reg());
    EXPECT_EQ(listed(publisher.makeList()), CertificateStatus::Valid);

    // The authorization suspended: every accreditation of the company is suspended.
    f.decide(f.authorization, DecisionType::Suspend, QDate(2026, 11, 26));
    ASSERT_EQ(f.certificates().verify(code).status, CertificateStatus::Suspended);
    EXPECT_EQ(listed(publisher.makeList()), CertificateStatus::Suspended);
    f.decide(f.authorization, DecisionType::Reinstate, QDate(2026, 11, 26));
    EXPECT_EQ(listed(publisher.makeList()), CertificateStatus::Valid);

    f.decide(f.accreditation, DecisionType::Suspend, QDate(2026, 11, 26));
    EXPECT_EQ(listed(publisher.makeList()), CertificateStatus::Suspended);
    f.decide(f.accreditation, DecisionType::Revoke, QDate(2026, 11, 26));
    ASSERT_EQ(f.certificates().verify(code).status, CertificateStatus::Revoked);
    EXPECT_EQ(listed(publisher.makeList()), CertificateStatus::Revoked);

    CertifiedCompany g;
    const QString other = g.issue(g.accreditation).code;
    g.t.clock().setToday(QDate(2028, 2, 1));
    ASSERT_EQ(g.certificates().verify(other).status, CertificateStatus::Expired);
    const StatusList later = VerificationPagePublisher(g.t.reg()).makeList();
    EXPECT_TRUE(later.ended.test(*later.indexOf(signatureOf(other))));
}

TEST(StatusList, PublishWritesThePageKeysAndSignedListWithNoCompanyInThem)
{
    CertifiedCompany f;
    const CertificateContent c = f.issue(f.accreditation);
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("site/verification"));
    const auto published = VerificationPagePublisher(f.t.reg()).publish(folder);
    ASSERT_TRUE(published.ok()) << published.refusal().message.toStdString();
    EXPECT_EQ(published.value().certificates, 1);
    for (const QString& name :
         {QStringLiteral("index.html"), QStringLiteral("verify.js"), QStringLiteral("verify.css"),
          QStringLiteral("keys.json"), QStringLiteral("status-list.json")})
        EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(name))) << name.toStdString();
    EXPECT_TRUE(readAll(QDir(folder).filePath(QStringLiteral("index.html")))
                    .contains("data-state=\"pending\""));

    const auto key = SigningKey::load(f.keyPath(QStringLiteral("key-a"))).value();
    const QByteArray keys = readAll(QDir(folder).filePath(QStringLiteral("keys.json")));
    EXPECT_TRUE(keys.contains(key.keyId().toLatin1()));
    const QByteArray document = readAll(QDir(folder).filePath(QStringLiteral("status-list.json")));
    const auto list = StatusList::read(document, keysOf(key));
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list.value().indexOf(signatureOf(c.code)), 0);

    // Nothing names the company or the certificate: not its name, ICE, RC or number.
    const QByteArray payload = list.value().payload();
    for (const QString& personal : {c.holderName, c.holderNameAr, c.ice, c.rcNumber, c.number,
                                    c.manager, c.code.section(QLatin1Char(':'), 8)})
        for (const QByteArray& published : {payload, document, keys})
            EXPECT_FALSE(published.contains(personal.toUtf8())) << personal.toStdString();
}

TEST(StatusList, PublishIntoAFolderThatCannotBeCreatedIsRefusedWithTheFolderNamed)
{
    CertifiedCompany f;
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("a-file"));
    QFile(file).open(QIODevice::WriteOnly);
    const auto published = VerificationPagePublisher(f.t.reg()).publish(file + "/sub");
    ASSERT_FALSE(published.ok());
    EXPECT_EQ(published.refusal().field, QStringLiteral("folder"));
    EXPECT_TRUE(published.refusal().message.contains(QStringLiteral("a-file")));
}

TEST(VerificationCode, TheAddressAQrCodeCarriesVerifiesLikeThePrintedCode)
{
    CertifiedCompany f;
    const CertificateContent c = f.issue(f.accreditation);
    EXPECT_EQ(c.verificationUrl, QStringLiteral("https://www.ccm.ma/verification/"));
    EXPECT_EQ(c.qrText(), QStringLiteral("https://www.ccm.ma/verification/#") + c.code);
    EXPECT_EQ(f.certificates().verify(c.qrText()).status, CertificateStatus::Valid);
    EXPECT_EQ(f.certificates().verify(c.code).status, CertificateStatus::Valid); // older QR codes
    QString altered = c.qrText();
    altered.replace(QStringLiteral(":20280131:"), QStringLiteral(":20290131:"));
    EXPECT_EQ(f.certificates().verify(altered).status, CertificateStatus::Forged);
}
