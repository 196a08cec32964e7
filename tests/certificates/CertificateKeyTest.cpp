// The signing key comes into use only by an administrator's explicit, audited registration.
#include "certificates/SigningKey.h"
#include "certificates/SigningKeyRegistry.h"
#include "CertificateTestSupport.h"
#include "RawEdit.h"
#include "sample/RegisterGenerator.h"
#include "services/IntegrityService.h"
#include "store/AuditLog.h"
#include "store/CertificateStore.h"
#include "store/StoreAccess.h"
#include "TestServer.h"

#include <QFile>

using namespace cinereg;
using namespace cinereg::test;

TEST(SigningKeyRegistry, IssuingWithoutAConfiguredKeyIsRefusedAndCreatesNone)
{
    CertifiedCompany f;
    Settings s = f.t.reg().settings();
    s.signingKeyPath = f.keyPath(QStringLiteral("never-created"));
    f.t.reg().saveSettings(s);
    const auto issued = f.certificates().issue({f.accreditation}, [](const auto&) { return true; });
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(issued.refusal().rule, Rule::SigningKeyUnusable);
    EXPECT_TRUE(issued.refusal().message.contains(QStringLiteral("key create")));
    EXPECT_FALSE(QFile::exists(f.keyPath(QStringLiteral("never-created"))));
    EXPECT_EQ(f.count("certificates"), 0);
    EXPECT_EQ(f.count("signing_keys"), 1); // only the administrator's key-a
}

TEST(SigningKeyRegistry, AKeyFileThatWasNotRegisteredDoesNotSign)
{
    CertifiedCompany f;
    const QString rogue = f.keyPath(QStringLiteral("rogue"));
    ASSERT_TRUE(SigningKey::create(rogue).ok()); // a key file made outside the registry
    Settings s = f.t.reg().settings();
    s.signingKeyPath = rogue;
    f.t.reg().saveSettings(s);
    const auto issued = f.certificates().issue({f.accreditation}, [](const auto&) { return true; });
    ASSERT_FALSE(issued.ok());
    EXPECT_TRUE(issued.refusal().message.contains(QStringLiteral("not registered")));
    EXPECT_EQ(f.count("signing_keys"), 1);
}

TEST(SigningKeyRegistry, RegistrationIsAnAuditedWriteNamingTheKey)
{
    CertifiedCompany f;
    const QVector<AuditEntry> entries =
        AuditLog(StoreAccess::of(f.t.reg())).list(QStringLiteral("signing_key"));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries.front().action, QStringLiteral("register"));
    const auto key = SigningKey::load(f.keyPath(QStringLiteral("key-a")));
    EXPECT_EQ(entries.front().details.value(QStringLiteral("key_id")).toString(),
              key.value().keyId());
    const QVector<CertificateStore::Key> keys = SigningKeyRegistry(f.t.reg()).keys();
    ASSERT_EQ(keys.size(), 1);
    EXPECT_TRUE(keys.front().registered);
}

TEST(SigningKeyRegistry, ImportRegistersTheCcmKeyOnASecondWorkstation)
{
    CertifiedCompany f;
    const QString ccmKey = f.keyPath(QStringLiteral("key-a"));
    const QString before = f.issue(f.accreditation).code;
    // Another workstation: its settings name another file, the CCM's key is imported into it.
    Settings s = f.t.reg().settings();
    s.signingKeyPath = f.keyPath(QStringLiteral("workstation-2/ccm.key"));
    f.t.reg().saveSettings(s);
    const auto imported = SigningKeyRegistry(f.t.reg()).importFile(ccmKey);
    ASSERT_TRUE(imported.ok()) << imported.refusal().message.toStdString();
    EXPECT_EQ(f.count("signing_keys"), 1); // the same key, registered once
    EXPECT_EQ(AuditLog(StoreAccess::of(f.t.reg())).list(QStringLiteral("signing_key")).size(), 1);
    EXPECT_EQ(f.certificates().verify(before).status, CertificateStatus::Valid);
}

TEST(SigningKeyRegistry, AKeyInsertedBehindTheRegistrysBackIsNotTrustedAndCheckSaysSo)
{
    CertifiedCompany f;
    const CertificateContent genuine = f.issue(f.accreditation);
    EXPECT_TRUE(f.t.reg().integrity().findings().isEmpty());

    // A forger creates a key, inserts its public half with SQL and signs a code with it.
    QTemporaryDir elsewhere;
    const auto forged = SigningKey::create(elsewhere.filePath(QStringLiteral("forger.key")));
    ASSERT_TRUE(forged.ok());
    const QString insert =
        QStringLiteral("INSERT INTO signing_keys (key_id, public_key, added_at, added_by) "
                       "VALUES ('%1', %2, '2026-11-26T09:00:00', 'root')")
            .arg(forged.value().keyId(), blobLiteral(f.t, forged.value().publicKey()));
    tamper(f.t, {insert},
           {QStringLiteral("ALTER TABLE signing_keys DISABLE TRIGGER USER"), insert,
            QStringLiteral("ALTER TABLE signing_keys ENABLE TRIGGER USER")});
    VerificationCode code = *VerificationCode::decode(genuine.code);
    code.keyId = forged.value().keyId();
    code.signature = forged.value().sign(code.message());
    const Verification v = f.certificates().verify(code.encode());
    EXPECT_EQ(v.status, CertificateStatus::Unknown);
    EXPECT_TRUE(v.reason.contains(forged.value().keyId()));

    // The register's seal names the changed table too; the keys' own finding names the key.
    const QStringList findings = f.t.reg().integrity().findings();
    const QStringList aboutTheKey = findings.filter(forged.value().keyId());
    EXPECT_EQ(aboutTheKey.size(), 1) << findings.join(QLatin1Char('\n')).toStdString();
}

TEST(DemoRegister, HasCertificatesSignedByItsOwnDemoKeyAndPassesCheck)
{
    SKIP_ON_SERVER("the demo register is written by the user 'generator', which no server login "
                   "is: the demo is a file");
    TempRegister t{QDate(2026, 11, 26)};
    generateRegister(t.reg(), GeneratorOptions{});
    const QString keyPath = t.folder() + QStringLiteral("/demo.key");
    const Outcome<int> issued = issueDemoCertificates(t.reg(), keyPath, 12);
    ASSERT_TRUE(issued.ok()) << issued.refusal().message.toStdString();
    EXPECT_EQ(issued.value(), 12);
    EXPECT_TRUE(QFile::exists(keyPath));
    const QStringList findings = t.reg().integrity().findings();
    EXPECT_TRUE(findings.isEmpty()) << findings.join(QLatin1Char('\n')).toStdString();
    // Every demo certificate verifies against the demo key the register registered.
    for (const CertificateStore::Entry& e : CertificateStore(StoreAccess::of(t.reg())).all())
        EXPECT_NE(CertificateService(t.reg()).verify(e.issued.code).status,
                  CertificateStatus::Forged);
}
