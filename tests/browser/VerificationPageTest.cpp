// The published verification page in a real browser: Debian's headless Chromium opens it from a
// static server on 127.0.0.1, as a phone opens the CCM's site from a certificate's QR code, and
// the test reads the verdict's data-status. Skipped only when chromium is not installed
// (scripts/deps.sh installs it, so CI runs it).
#include "certificates/CertificateService.h"
#include "certificates/SigningKey.h"
#include "certificates/SigningKeyRegistry.h"
#include "certificates/StatusList.h"
#include "certificates/VerificationPagePublisher.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "StaticServer.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <memory>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace cinereg;
using namespace cinereg::test;

namespace {

QString chromium()
{
    return QStandardPaths::findExecutable(QStringLiteral("chromium"));
}

// Runs headless Chromium on `url` with a fresh profile, keeping this thread's event loop turning
// so that the test's server answers; returns its standard output.
QByteArray runChromium(const QStringList& extra, const QString& url)
{
    QTemporaryDir profile;
    QProcess browser;
    QStringList args{QStringLiteral("--headless"),
                     QStringLiteral("--no-sandbox"),
                     QStringLiteral("--disable-gpu"),
                     QStringLiteral("--disable-quic"),
                     QStringLiteral("--no-first-run"),
                     QStringLiteral("--disable-background-networking"),
                     QStringLiteral("--disable-component-update"),
                     QStringLiteral("--disable-sync"),
                     QStringLiteral("--user-data-dir=") + profile.path()};
    args += extra;
    args.append(url);
    QEventLoop loop;
    QObject::connect(&browser, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&browser, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    browser.start(chromium(), args);
    loop.exec();
    if (browser.state() != QProcess::NotRunning) {
        browser.kill();
        browser.waitForFinished();
    }
    return browser.readAllStandardOutput();
}

QByteArray dumpDom(const QString& url)
{
    return runChromium(
        {QStringLiteral("--virtual-time-budget=20000"), QStringLiteral("--dump-dom")}, url);
}

QString attribute(const QByteArray& dom, const QString& elementId, const QString& name)
{
    const QRegularExpression tag(QStringLiteral("<[^>]*\\bid=\"%1\"[^>]*>").arg(elementId));
    const QString element = tag.match(QString::fromUtf8(dom)).captured(0);
    const QRegularExpression value(QStringLiteral("\\b%1=\"([^\"]*)\"").arg(name));
    return value.match(element).captured(1);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// One register with a certificate in each state, published once for the whole suite.
class VerificationPage : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (chromium().isEmpty())
            return;
        s = new Shared;
        s->build();
    }
    static void TearDownTestSuite()
    {
        delete s;
        s = nullptr;
    }
    void SetUp() override
    {
        if (!s)
            GTEST_SKIP() << "chromium is not installed (scripts/deps.sh installs it)";
    }

    struct Shared
    {
        QTemporaryDir site;
        std::unique_ptr<TempRegister> t;
        std::unique_ptr<StaticServer> server;
        QString valid, suspended, revoked, expired, foreignKey, notListed, forged;

        qint64 grant(qint64 company, RightKind kind, QDate from, QDate until)
        {
            return t->reg()
                .rights()
                .grant(company,
                       {kind, QStringLiteral("D-%1").arg(company), from, from,
                        until.isValid() ? ValidityEnd::until(until) : ValidityEnd::noEnd()})
                .value()
                .id;
        }
        void decide(qint64 right, DecisionType type, QDate on)
        {
            GrantRules::DecisionRequest r;
            r.type = type;
            r.reference = QStringLiteral("D-%1-%2").arg(right).arg(int(type));
            r.effective = on;
            r.reason = QStringLiteral("test");
            ASSERT_TRUE(t->reg().rights().decide(right, r).ok());
        }
        QString issue(qint64 accreditation)
        {
            const auto issued = CertificateService(t->reg()).issue({accreditation}, nullptr);
            EXPECT_TRUE(issued.ok());
            return issued.ok() ? issued.value().front().qrText() : QString();
        }
        struct Holder
        {
            qint64 authorization = 0;
            qint64 accreditation = 0;
        };
        Holder company(int n, QDate until = {})
        {
            const qint64 id = t->reg().companies().add(sampleCompany(n)).value();
            return {grant(id, RightKind::Authorization, QDate(2025, 1, 2), {}),
                    grant(id, RightKind::National, QDate(2025, 1, 3), until)};
        }

        void build()
        {
            t = std::make_unique<TempRegister>(QDate(2025, 1, 10));
            Settings settings = t->reg().settings();
            settings.signingKeyPath = site.filePath(QStringLiteral("keys/ccm.key"));
            t->reg().saveSettings(settings);
            SigningKeyRegistry(t->reg()).create(); // as the CCM's administrator does, once

            valid = issue(company(1).accreditation);
            const Holder second = company(2);
            suspended = issue(second.accreditation);
            const Holder third = company(3);
            revoked = issue(third.accreditation);
            expired = issue(company(4, QDate(2025, 1, 31)).accreditation);

            // A genuine signature by this register's key over a certificate it never issued.
            const SigningKey key = SigningKey::load(settings.signingKeyPath).value();
            VerificationCode code = *VerificationCode::decode(valid);
            code.number = QStringLiteral("ATT-AEN-2025-0999");
            code.signature = key.sign(code.message());
            notListed = code.encode();
            // A certificate of another register, signed by a key the CCM never published.
            const SigningKey stranger =
                SigningKey::create(site.filePath(QStringLiteral("keys/other.key"))).value();
            code.keyId = stranger.keyId();
            code.signature = stranger.sign(code.message());
            foreignKey = code.encode();
            // One character of the printed validity changed.
            forged = valid;
            forged.replace(QStringLiteral(":20250103:"), QStringLiteral(":20240103:"));

            // The decisions of the following weeks, then the page is published.
            t->clock().setToday(QDate(2025, 2, 15));
            decide(second.authorization, DecisionType::Suspend, QDate(2025, 2, 10));
            decide(third.accreditation, DecisionType::Revoke, QDate(2025, 2, 12));
            const QString good = site.filePath(QStringLiteral("good"));
            ASSERT_TRUE(VerificationPagePublisher(t->reg()).publish(good).ok());
            for (const char* name : {"verify.test.html", "verify.test.js"})
                ASSERT_TRUE(
                    QFile::copy(QStringLiteral(CINEREG_BROWSER_TEST_DIR "/") + QLatin1String(name),
                                QDir(good).filePath(QLatin1String(name))));

            // The same site with the revoked certificate's bit cleared in the signed payload.
            const QString tampered = site.filePath(QStringLiteral("tampered"));
            QDir().mkpath(tampered);
            for (const QString& name :
                 VerificationPagePublisher::pageFiles() + QStringList{QStringLiteral("keys.json")})
                ASSERT_TRUE(QFile::copy(QDir(good).filePath(name), QDir(tampered).filePath(name)));
            QJsonObject document =
                QJsonDocument::fromJson(
                    readAll(QDir(good).filePath(QStringLiteral("status-list.json"))))
                    .object();
            const QByteArray payload = QByteArray::fromBase64(
                document.value(QStringLiteral("payload")).toString().toLatin1(),
                QByteArray::Base64UrlEncoding);
            QJsonObject json = QJsonDocument::fromJson(payload).object();
            json.insert(QStringLiteral("revoked"),
                        StatusBits(json.value(QStringLiteral("size")).toInt()).encode());
            document.insert(QStringLiteral("payload"),
                            QString::fromLatin1(QJsonDocument(json)
                                                    .toJson(QJsonDocument::Compact)
                                                    .toBase64(QByteArray::Base64UrlEncoding |
                                                              QByteArray::OmitTrailingEquals)));
            ASSERT_TRUE(writeAll(QDir(tampered).filePath(QStringLiteral("status-list.json")),
                                 QJsonDocument(document).toJson()));

            server = std::make_unique<StaticServer>(site.path());
            ASSERT_TRUE(server->isListening());
        }
    };
    static Shared* s;

    // What the page says about what a QR code carries (or a typed code), on the good site.
    static QByteArray page(const QString& qrOrCode, const QString& folder = QStringLiteral("good"),
                           const QString& query = {})
    {
        const QString fragment = qrOrCode.section(QLatin1Char('#'), -1);
        return dumpDom(s->server->url(folder + QStringLiteral("/index.html") + query +
                                      QLatin1Char('#') + fragment));
    }
};
VerificationPage::Shared* VerificationPage::s = nullptr;

} // namespace

TEST_F(VerificationPage, AValidCertificateIsValid)
{
    ASSERT_TRUE(s->valid.startsWith(QStringLiteral("https://www.ccm.ma/verification/#CCM1:")));
    const QByteArray dom = page(s->valid);
    EXPECT_EQ(attribute(dom, QStringLiteral("verdict"), QStringLiteral("data-status")),
              QStringLiteral("valid"))
        << dom.toStdString();
    EXPECT_TRUE(dom.contains("ATT-AEN-2025-0001")); // the decoded fields, to compare with paper
    EXPECT_TRUE(dom.contains(validIce(1).toLatin1()));
    EXPECT_FALSE(dom.contains("Atlas Productions")); // the code carries no name: none is shown
}

TEST_F(VerificationPage, AnAccreditationWhoseAuthorizationIsSuspendedIsSuspended)
{
    EXPECT_EQ(
        attribute(page(s->suspended), QStringLiteral("verdict"), QStringLiteral("data-status")),
        QStringLiteral("suspended"));
}

TEST_F(VerificationPage, ARevokedAccreditationIsRevoked)
{
    EXPECT_EQ(attribute(page(s->revoked), QStringLiteral("verdict"), QStringLiteral("data-status")),
              QStringLiteral("revoked"));
}

TEST_F(VerificationPage, ACertificatePastItsValidityIsExpired)
{
    EXPECT_EQ(attribute(page(s->expired), QStringLiteral("verdict"), QStringLiteral("data-status")),
              QStringLiteral("expired"));
}

TEST_F(VerificationPage, AnUnpublishedKeyOrAnUnlistedCertificateIsUnknown)
{
    EXPECT_EQ(
        attribute(page(s->foreignKey), QStringLiteral("verdict"), QStringLiteral("data-status")),
        QStringLiteral("unknown"));
    EXPECT_EQ(
        attribute(page(s->notListed), QStringLiteral("verdict"), QStringLiteral("data-status")),
        QStringLiteral("unknown"));
}

TEST_F(VerificationPage, OneChangedCharacterIsForged)
{
    ASSERT_NE(s->forged, s->valid);
    EXPECT_EQ(attribute(page(s->forged), QStringLiteral("verdict"), QStringLiteral("data-status")),
              QStringLiteral("forged"));
    EXPECT_EQ(attribute(page(QStringLiteral("CCM1:nonsense")), QStringLiteral("verdict"),
                        QStringLiteral("data-status")),
              QStringLiteral("forged"));
}

TEST_F(VerificationPage, ATamperedStatusListIsRefusedAndNeverSaysValid)
{
    const QByteArray dom = page(s->revoked, QStringLiteral("tampered"));
    EXPECT_EQ(attribute(dom, QStringLiteral("list-state"), QStringLiteral("data-list")),
              QStringLiteral("refused"));
    EXPECT_EQ(attribute(dom, QStringLiteral("verdict"), QStringLiteral("data-status")),
              QStringLiteral("unknown"));
}

TEST_F(VerificationPage, AListPastItsTrustDateIsSaidToBeStale)
{
    // Published on 2025-02-15 (the register's clock), trusted 7 days: stale for this browser.
    const QByteArray dom = page(s->valid);
    EXPECT_EQ(attribute(dom, QStringLiteral("list-state"), QStringLiteral("data-list")),
              QStringLiteral("stale"));
    EXPECT_FALSE(dom.contains("id=\"list-state\" hidden"));
}

TEST_F(VerificationPage, InArabicThePageIsRightToLeft)
{
    const QString url = s->server->url(QStringLiteral("good/index.html?lang=ar#") +
                                       s->valid.section(QLatin1Char('#'), -1));
    const QByteArray dom = dumpDom(url);
    EXPECT_TRUE(dom.contains("<html lang=\"ar\" dir=\"rtl\">")) << dom.left(300).toStdString();
    EXPECT_TRUE(dom.contains("شهادة صالحة"));
    const QString shots = qEnvironmentVariable("CINEREG_SCREENSHOTS");
    if (shots.isEmpty())
        return;
    for (const QString& lang : {QStringLiteral("ar"), QStringLiteral("fr")}) {
        const QString file =
            QDir(shots).absoluteFilePath(QStringLiteral("verification-page-%1.png").arg(lang));
        runChromium({QStringLiteral("--virtual-time-budget=20000"),
                     QStringLiteral("--hide-scrollbars"), QStringLiteral("--window-size=480,900"),
                     QStringLiteral("--screenshot=") + file},
                    s->server->url(QStringLiteral("good/index.html?lang=%1#").arg(lang) +
                                   s->suspended.section(QLatin1Char('#'), -1)));
        EXPECT_TRUE(QFileInfo::exists(file)) << file.toStdString();
    }
}

TEST_F(VerificationPage, TheScriptsOwnTestsPassInTheBrowser)
{
    const QByteArray dom = dumpDom(s->server->url(QStringLiteral("good/verify.test.html")));
    EXPECT_EQ(attribute(dom, QStringLiteral("results"), QStringLiteral("data-result")),
              QStringLiteral("pass"))
        << dom.toStdString();
}
