#include "certificates/SigningKey.h"
#include "CertificateTestSupport.h"
#include "RawEdit.h"
#include "services/IntegrityService.h"
#include "store/StoreAccess.h"
#include "TestServer.h"

#include <QSqlQuery>

using namespace cinereg;
using namespace cinereg::test;

TEST(CertificateService, IssuesANumberedSignedCertificateForAnEffectiveAccreditation)
{
    CertifiedCompany f;
    const CertificateContent c = f.issue(f.accreditation);
    EXPECT_EQ(c.number, QStringLiteral("ATT-AEN-2026-0001"));
    EXPECT_FALSE(c.duplicate);
    EXPECT_EQ(c.validUntil, QDate(2028, 1, 31));
    EXPECT_EQ(c.issuedOn, QDate(2026, 11, 26));
    EXPECT_EQ(c.decisionReference, QStringLiteral("D-2"));
    EXPECT_EQ(f.count("certificates"), 1);
    EXPECT_EQ(f.count("certificate_prints"), 1);
    const Verification v = f.certificates().verify(c.code);
    EXPECT_EQ(v.status, CertificateStatus::Valid) << v.reason.toStdString();
}

TEST(CertificateService, AReprintKeepsItsNumberAndIsADuplicate)
{
    CertifiedCompany f;
    const CertificateContent first = f.issue(f.accreditation);
    const CertificateContent again = f.issue(f.accreditation);
    EXPECT_EQ(again.number, first.number);
    EXPECT_EQ(again.code, first.code);
    EXPECT_TRUE(again.duplicate);
    EXPECT_EQ(f.count("certificates"), 1);
    EXPECT_EQ(f.count("certificate_prints"), 2);
}

TEST(CertificateService, ARenewalGivesANewCertificate)
{
    CertifiedCompany f;
    const CertificateContent first = f.issue(f.accreditation);
    GrantRules::DecisionRequest renew;
    renew.type = DecisionType::Renew;
    renew.reference = QStringLiteral("D-9");
    renew.effective = QDate(2026, 11, 26);
    renew.validUntil = QDate(2030, 1, 31);
    ASSERT_TRUE(f.t.reg().rights().decide(f.accreditation, renew).ok());
    const CertificateContent second = f.issue(f.accreditation);
    EXPECT_NE(second.number, first.number);
    EXPECT_FALSE(second.duplicate);
    EXPECT_EQ(second.validUntil, QDate(2030, 1, 31));
    EXPECT_EQ(second.decisionReference, QStringLiteral("D-9"));
}

TEST(CertificateService, ASuspendedAccreditationGetsNoCertificateAndNothingIsWritten)
{
    CertifiedCompany f;
    f.decide(f.accreditation, DecisionType::Suspend, QDate(2026, 11, 1));
    const auto issued = f.certificates().issue({f.accreditation}, [](const auto&) { return true; });
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(issued.refusal().rule, Rule::NotEffective);
    EXPECT_TRUE(issued.refusal().message.contains(QStringLiteral("AEN-2026-0001")));
    EXPECT_EQ(f.count("certificates"), 0);
    EXPECT_EQ(f.count("signing_keys"), 1); // the key the administrator registered, no other
}

TEST(CertificateService, AnAccreditationWhoseAuthorizationIsSuspendedGetsNoCertificate)
{
    CertifiedCompany f;
    f.decide(f.authorization, DecisionType::Suspend, QDate(2026, 11, 20));
    EXPECT_EQ(f.certificates().wouldIssue(f.accreditation).refusal().rule, Rule::NotEffective);
}

TEST(CertificateService, AFailedOrCancelledOutputRecordsNothing)
{
    CertifiedCompany f;
    const auto issued =
        f.certificates().issue({f.accreditation}, [](const auto&) { return false; });
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(f.count("certificates"), 0);
    EXPECT_EQ(f.count("certificate_prints"), 0);
    EXPECT_EQ(f.issue(f.accreditation).number, QStringLiteral("ATT-AEN-2026-0001"));
}

TEST(CertificateService, VerificationTellsSuspendedRevokedAndExpired)
{
    CertifiedCompany f;
    const QString code = f.issue(f.accreditation).code;
    f.decide(f.accreditation, DecisionType::Suspend, QDate(2026, 11, 26));
    EXPECT_EQ(f.certificates().verify(code).status, CertificateStatus::Suspended);
    f.decide(f.accreditation, DecisionType::Revoke, QDate(2026, 11, 26));
    EXPECT_EQ(f.certificates().verify(code).status, CertificateStatus::Revoked);

    CertifiedCompany g;
    const QString other = g.issue(g.accreditation).code;
    g.t.clock().setToday(QDate(2028, 1, 31)); // the last day of validity is still valid
    EXPECT_EQ(g.certificates().verify(other).status, CertificateStatus::Valid);
    g.t.clock().setToday(QDate(2028, 2, 1));
    const Verification expired = g.certificates().verify(other);
    EXPECT_EQ(expired.status, CertificateStatus::Expired);
    EXPECT_TRUE(expired.reason.contains(QStringLiteral("2028-01-31")));
}

TEST(CertificateService, OneChangedCharacterIsAForgery)
{
    CertifiedCompany f;
    const QString code = f.issue(f.accreditation).code;
    // Change a date digit in the clear part, then a character of the signature.
    QString altered = code;
    altered.replace(QStringLiteral(":20280131:"), QStringLiteral(":20290131:"));
    ASSERT_NE(altered, code);
    EXPECT_EQ(f.certificates().verify(altered).status, CertificateStatus::Forged);
    QString badSignature = code;
    const int last = badSignature.size() - 10;
    badSignature[last] =
        badSignature[last] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_EQ(f.certificates().verify(badSignature).status, CertificateStatus::Forged);
    EXPECT_EQ(f.certificates().verify(QStringLiteral("hello")).status, CertificateStatus::Forged);
}

TEST(CertificateService, UnknownKeyOrNumberIsUnknown)
{
    CertifiedCompany f;
    CertifiedCompany elsewhere; // another register, another key
    const QString foreign = elsewhere.issue(elsewhere.accreditation).code;
    EXPECT_EQ(f.certificates().verify(foreign).status, CertificateStatus::Unknown);

    // A genuine signature by this register's key over a number it never issued.
    f.issue(f.accreditation);
    const auto key = SigningKey::load(f.keyPath(QStringLiteral("key-a")));
    ASSERT_TRUE(key.ok());
    VerificationCode code = *VerificationCode::decode(foreign);
    code.number = QStringLiteral("ATT-AEN-2026-0999");
    code.keyId = key.value().keyId();
    code.signature = key.value().sign(code.message());
    EXPECT_EQ(f.certificates().verify(code.encode()).status, CertificateStatus::Unknown);
}

TEST(CertificateService, ACertificateSignedByAnOldKeyStaysVerifiable)
{
    CertifiedCompany f;
    const CertificateContent old = f.issue(f.accreditation);
    f.useKey(QStringLiteral("key-b")); // the CCM replaces its key
    const qint64 second = f.t.reg()
                              .rights()
                              .grant(f.company, {RightKind::International,
                                                 QStringLiteral("D-3"),
                                                 QDate(2026, 11, 26),
                                                 QDate(2026, 11, 26),
                                                 {}})
                              .value()
                              .id;
    const CertificateContent fresh = f.issue(second);
    EXPECT_NE(VerificationCode::decode(old.code)->keyId,
              VerificationCode::decode(fresh.code)->keyId);
    EXPECT_EQ(fresh.number, QStringLiteral("ATT-AEI-2026-0001"));
    EXPECT_EQ(f.certificates().verify(old.code).status, CertificateStatus::Valid);
    EXPECT_EQ(f.certificates().verify(fresh.code).status, CertificateStatus::Valid);
    EXPECT_EQ(f.count("signing_keys"), 2);
}

TEST(CertificateService, BatchSelectsTheAccreditationsEffectiveOnTheDay)
{
    CertifiedCompany f;
    Company other = sampleCompany(2);
    const qint64 second = f.t.reg().companies().add(other).value();
    f.t.reg().rights().grant(second, {RightKind::Authorization,
                                      QStringLiteral("D-4"),
                                      QDate(2026, 1, 1),
                                      QDate(2026, 1, 1),
                                      {}});
    const qint64 suspended = f.t.reg()
                                 .rights()
                                 .grant(second, {RightKind::National,
                                                 QStringLiteral("D-5"),
                                                 QDate(2026, 3, 1),
                                                 QDate(2026, 3, 1),
                                                 {}})
                                 .value()
                                 .id;
    f.decide(suspended, DecisionType::Suspend, QDate(2026, 10, 1));
    EXPECT_EQ(f.certificates().effectiveAccreditations(RightKind::National, QDate(2026, 11, 26)),
              QVector<qint64>{f.accreditation});
    EXPECT_EQ(
        f.certificates().effectiveAccreditations(RightKind::National, QDate(2026, 9, 1)).size(), 2);
    EXPECT_TRUE(f.certificates()
                    .effectiveAccreditations(RightKind::International, QDate(2026, 11, 26))
                    .isEmpty());
}

TEST(CertificateService, CheckFindsACertificateEditedOutsideTheProgram)
{
    CertifiedCompany f;
    f.issue(f.accreditation);
    EXPECT_TRUE(f.t.reg().integrity().findings().isEmpty());
    // A forger with write access to the file (or a server's superuser) changes the stored
    // validity, triggers off.
    const QString update = QStringLiteral(
        "UPDATE certificates SET content = replace(content, '2028-01-31', '2030-01-31')");
    tamper(f.t, {QStringLiteral("DROP TRIGGER certificates_are_never_edited"), update},
           {QStringLiteral("ALTER TABLE certificates DISABLE TRIGGER USER"), update,
            QStringLiteral("ALTER TABLE certificates ENABLE TRIGGER USER")});
    // Also named: the dropped trigger and the table changed behind the seal.
    const QStringList findings = f.t.reg().integrity().findings();
    EXPECT_EQ(findings.filter(QStringLiteral("ATT-AEN-2026-0001")).size(), 1)
        << findings.join('\n').toStdString();
}
