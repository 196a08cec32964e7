#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace cinereg::test;

namespace {
struct Accredited
{
    CliRunner cli;
    qint64 company = 0;
    qint64 accreditation = 0;
    explicit Accredited(bool withKey = true)
    {
        if (withKey) {
            const CliResult key = cli.run({QStringLiteral("key"), QStringLiteral("create")});
            EXPECT_EQ(key.exitCode, 0) << key.err.toStdString();
        }
        company = cli.addCompany(1);
        cli.grant({QStringLiteral("authorization"), QStringLiteral("grant"),
                   QString::number(company), QStringLiteral("--decision"), QStringLiteral("D-1"),
                   QStringLiteral("--from"), iso(-100)});
        accreditation = cli.grant({QStringLiteral("accreditation"), QStringLiteral("grant"),
                                   QString::number(company), QStringLiteral("--tier"),
                                   QStringLiteral("national"), QStringLiteral("--decision"),
                                   QStringLiteral("D-2"), QStringLiteral("--from"), iso(-50)});
    }
};
} // namespace

TEST(CliCertificate, IssueVerifyAndReprint)
{
    Accredited a;
    const QString pdf = a.cli.tempPath(QStringLiteral("c.pdf"));
    const CliResult issued =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("certificate"), QStringLiteral("issue"),
                   QString::number(a.accreditation), QStringLiteral("--out"), pdf});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QJsonObject o = issued.json().object();
    EXPECT_TRUE(
        o.value(QStringLiteral("number")).toString().startsWith(QStringLiteral("ATT-AEN-")));
    EXPECT_EQ(o.value(QStringLiteral("file")).toString(), pdf);
    EXPECT_TRUE(QFile::exists(pdf));
    const QString code = o.value(QStringLiteral("verification_code")).toString();

    for (const QString& input : {code, pdf}) {
        const CliResult v = a.cli.run({QStringLiteral("--json"), QStringLiteral("certificate"),
                                       QStringLiteral("verify"), input});
        EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
        const QJsonObject answer = v.json().object();
        EXPECT_EQ(answer.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        EXPECT_EQ(answer.value(QStringLiteral("number")), o.value(QStringLiteral("number")));
        EXPECT_EQ(answer.value(QStringLiteral("tier")).toString(), QStringLiteral("national"));
        EXPECT_FALSE(answer.value(QStringLiteral("company")).toString().isEmpty());
    }
    const CliResult again =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("certificate"), QStringLiteral("issue"),
                   QString::number(a.accreditation), QStringLiteral("--out"),
                   a.cli.tempPath(QStringLiteral("d.pdf"))});
    EXPECT_EQ(again.json().object().value(QStringLiteral("number")),
              o.value(QStringLiteral("number")));
    EXPECT_TRUE(again.json().object().value(QStringLiteral("duplicate")).toBool());
}

TEST(CliCertificate, RevokedAndForgedAreNotValidAndSuspendedGetsNoCertificate)
{
    Accredited a;
    const CliResult issued =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("certificate"), QStringLiteral("issue"),
                   QString::number(a.accreditation), QStringLiteral("--out"),
                   a.cli.tempPath(QStringLiteral("c.pdf"))});
    const QString code =
        issued.json().object().value(QStringLiteral("verification_code")).toString();
    QString forged = code;
    forged[20] = forged[20] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const CliResult f = a.cli.run({QStringLiteral("--json"), QStringLiteral("certificate"),
                                   QStringLiteral("verify"), forged});
    EXPECT_EQ(f.exitCode, 1);
    EXPECT_EQ(f.json().object().value(QStringLiteral("status")).toString(),
              QStringLiteral("forged"));

    ASSERT_EQ(a.cli
                  .run({QStringLiteral("accreditation"), QStringLiteral("suspend"),
                        QString::number(a.accreditation), QStringLiteral("--reason"),
                        QStringLiteral("inspection")})
                  .exitCode,
              0);
    const CliResult refused = a.cli.run({QStringLiteral("certificate"), QStringLiteral("issue"),
                                         QString::number(a.accreditation), QStringLiteral("--out"),
                                         a.cli.tempPath(QStringLiteral("refused.pdf"))});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_FALSE(QFile::exists(a.cli.tempPath(QStringLiteral("refused.pdf"))));

    ASSERT_EQ(a.cli
                  .run({QStringLiteral("accreditation"), QStringLiteral("revoke"),
                        QString::number(a.accreditation), QStringLiteral("--reason"),
                        QStringLiteral("fraud")})
                  .exitCode,
              0);
    const CliResult revoked = a.cli.run(
        {QStringLiteral("--json"), QStringLiteral("certificate"), QStringLiteral("verify"), code});
    EXPECT_EQ(revoked.exitCode, 1);
    EXPECT_EQ(revoked.json().object().value(QStringLiteral("status")).toString(),
              QStringLiteral("revoked"));
}

TEST(CliCertificate, BatchAndPublishedList)
{
    Accredited a;
    const CliResult batch =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("certificate"), QStringLiteral("batch"),
                   QStringLiteral("--tier"), QStringLiteral("national"), QStringLiteral("--out"),
                   a.cli.tempPath(QStringLiteral("batch.pdf"))});
    ASSERT_EQ(batch.exitCode, 0) << batch.err.toStdString();
    EXPECT_EQ(batch.json().object().value(QStringLiteral("count")).toInt(), 1);
    const CliResult list =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("list"),
                   QStringLiteral("--tier"), QStringLiteral("national"), QStringLiteral("--on"),
                   iso(0), QStringLiteral("--out"), a.cli.tempPath(QStringLiteral("list.pdf"))});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.json().object().value(QStringLiteral("count")).toInt(), 1);
    EXPECT_EQ(a.cli
                  .run({QStringLiteral("export"), QStringLiteral("list"), QStringLiteral("--on"),
                        iso(0), QStringLiteral("--out"), a.cli.tempPath(QStringLiteral("x.pdf"))})
                  .exitCode,
              2);
}

TEST(CliCertificate, PublishWritesTheVerificationPageAndTheQrAddressVerifies)
{
    Accredited a;
    const CliResult issued =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("certificate"), QStringLiteral("issue"),
                   QString::number(a.accreditation), QStringLiteral("--out"),
                   a.cli.tempPath(QStringLiteral("c.pdf"))});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QString code =
        issued.json().object().value(QStringLiteral("verification_code")).toString();

    const QString site = a.cli.tempPath(QStringLiteral("site/verification"));
    const CliResult published =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("publish"), site});
    ASSERT_EQ(published.exitCode, 0) << published.err.toStdString();
    const QJsonObject o = published.json().object();
    EXPECT_EQ(o.value(QStringLiteral("certificates")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("files")).toArray().size(), 5);
    for (const char* name :
         {"index.html", "verify.js", "verify.css", "keys.json", "status-list.json"})
        EXPECT_TRUE(QFile::exists(site + QLatin1Char('/') + QLatin1String(name))) << name;

    // What a phone's camera reads from a new certificate verifies in the program too.
    const CliResult v = a.cli.run({QStringLiteral("--json"), QStringLiteral("certificate"),
                                   QStringLiteral("verify"),
                                   QStringLiteral("https://www.ccm.ma/verification/#") + code});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
    EXPECT_EQ(v.json().object().value(QStringLiteral("status")).toString(),
              QStringLiteral("valid"));

    QFile blocker(a.cli.tempPath(QStringLiteral("a-file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CliResult refused =
        a.cli.run({QStringLiteral("publish"), blocker.fileName() + QStringLiteral("/site")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("a-file"))) << refused.err.toStdString();
}

TEST(CliCertificate, NoKeyNoCertificateUntilAnAdministratorCreatesOne)
{
    Accredited a(false);
    const QString pdf = a.cli.tempPath(QStringLiteral("c.pdf"));
    const QStringList issue{QStringLiteral("certificate"), QStringLiteral("issue"),
                            QString::number(a.accreditation), QStringLiteral("--out"), pdf};
    const CliResult refused = a.cli.run(issue);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("key create"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    const CliResult before =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("show")});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    EXPECT_FALSE(before.json().object().value(QStringLiteral("usable")).toBool());
    EXPECT_TRUE(before.json().object().value(QStringLiteral("keys")).toArray().isEmpty());

    const CliResult created =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("create")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString keyId = created.json().object().value(QStringLiteral("key_id")).toString();
    const QString file = created.json().object().value(QStringLiteral("file")).toString();
    EXPECT_EQ(keyId.size(), 8);
    EXPECT_EQ(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
    EXPECT_EQ(a.cli.run({QStringLiteral("key"), QStringLiteral("create")}).exitCode, 1);

    const CliResult after =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("key"), QStringLiteral("show")});
    EXPECT_TRUE(after.json().object().value(QStringLiteral("usable")).toBool());
    EXPECT_EQ(after.json().object().value(QStringLiteral("key_id")).toString(), keyId);
    const CliResult audit =
        a.cli.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
    EXPECT_TRUE(audit.out.contains(QStringLiteral("signing_key")));
    EXPECT_EQ(a.cli.run(issue).exitCode, 0);

    // The key file made readable by others: refused, with the reason.
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const CliResult exposed = a.cli.run(issue);
    EXPECT_EQ(exposed.exitCode, 1);
    EXPECT_TRUE(exposed.err.contains(QStringLiteral("chmod 600"))) << exposed.err.toStdString();
}
