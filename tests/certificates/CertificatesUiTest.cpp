// The window's certificate screens on the offscreen platform; with CINEREG_SCREENSHOTS=DIR the
// company page's certificates and the verification dialog are saved in French and Arabic.
#include "BatchPrintDialog.h"
#include "CertificateOutput.h"
#include "certificates/Letterhead.h"
#include "CertificatesPanel.h"
#include "CertificateTestSupport.h"
#include "CompanyPage.h"
#include "PublishPage.h"
#include "SettingsDialog.h"
#include "StatusText.h"
#include "UiSetup.h"
#include "VerifyDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace cinereg;
using namespace cinereg::test;

namespace {
void shoot(QWidget* widget, const QString& name)
{
    widget->show();
    QCoreApplication::processEvents();
    const QString folder = qEnvironmentVariable("CINEREG_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        widget->grab().save(QStringLiteral("%1/%2.png").arg(folder, name));
    }
}
} // namespace

TEST(CertificatesPanel, OffersEffectiveAccreditationsAndListsIssuedCertificates)
{
    CertifiedCompany f;
    ui::CertificatesPanel panel(f.t.reg(), f.company);
    ASSERT_EQ(panel.accreditations()->count(), 1);
    EXPECT_EQ(panel.accreditations()->currentData().toLongLong(), f.accreditation);
    EXPECT_EQ(panel.issued()->topLevelItemCount(), 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    ASSERT_TRUE(ui::CertificateOutput::writePdf(f.t.reg(), {f.accreditation}, path, &panel));
    EXPECT_TRUE(QFile::exists(path));
    panel.reload();
    ASSERT_EQ(panel.issued()->topLevelItemCount(), 1);
    EXPECT_EQ(panel.issued()->topLevelItem(0)->text(0), QStringLiteral("ATT-AEN-2026-0001"));

    f.decide(f.accreditation, DecisionType::Suspend, QDate(2026, 11, 26));
    panel.reload();
    EXPECT_FALSE(panel.accreditations()->isEnabled()); // nothing effective to certify today
}

TEST(CertificatesPanel, ClosingThePrintPreviewIssuesNothing)
{
    CertifiedCompany f;
    ui::CertificatesPanel panel(f.t.reg(), f.company);
    QPushButton* print = nullptr;
    for (QPushButton* b : panel.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("Print")))
            print = b;
    ASSERT_NE(print, nullptr);
    bool previewed = false;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QPrintPreviewDialog*>(w);
                dialog && dialog->isVisible()) {
                previewed = true;
                dialog->reject();
            }
    });
    closer.start(50);
    print->click();
    closer.stop();
    EXPECT_TRUE(previewed);
    EXPECT_EQ(f.count("certificates"), 0);
    EXPECT_EQ(f.count("certificate_prints"), 0);
    EXPECT_EQ(f.count("counters WHERE name LIKE 'certificate:%'"), 0);
    EXPECT_EQ(panel.issued()->topLevelItemCount(), 0);
    EXPECT_EQ(f.issue(f.accreditation).number, QStringLiteral("ATT-AEN-2026-0001"));
}

TEST(CertificatesPanel, SaysWhyAnAccreditationCannotBeCertified)
{
    CertifiedCompany f;
    f.decide(f.authorization, DecisionType::Suspend, QDate(2026, 11, 20));
    ui::CertificatesPanel panel(f.t.reg(), f.company);
    EXPECT_FALSE(panel.accreditations()->isEnabled());
    // The reason is the core's own refusal, not the panel's reading of the rule.
    EXPECT_EQ(panel.accreditations()->toolTip(),
              f.certificates().wouldIssue(f.accreditation).refusal().message);
}

TEST(VerifyDialog, TellsValidFromForged)
{
    CertifiedCompany f;
    const QString code = f.issue(f.accreditation).code;
    ui::VerifyDialog dialog(f.t.reg());
    dialog.verifyCode(code);
    EXPECT_TRUE(dialog.answer()->text().contains(QStringLiteral("VALID")))
        << dialog.answer()->text().toStdString();
    QString forged = code;
    forged.replace(QStringLiteral(":20280131:"), QStringLiteral(":20380131:"));
    dialog.verifyCode(forged);
    EXPECT_TRUE(dialog.answer()->text().contains(QStringLiteral("FORGED")));
}

TEST(VerifyDialog, TheAddressReadFromANewQrCodeVerifies)
{
    CertifiedCompany f;
    const CertificateContent c = f.issue(f.accreditation);
    ui::VerifyDialog dialog(f.t.reg());
    dialog.verifyCode(c.qrText());
    EXPECT_TRUE(dialog.answer()->text().contains(QStringLiteral("VALID")))
        << dialog.answer()->text().toStdString();
}

TEST(PublishPage, WritesThePageAndSaysWhereOrWhyNot)
{
    CertifiedCompany f;
    f.issue(f.accreditation);
    QTemporaryDir out;
    bool ok = false;
    const QString said = ui::PublishPage::publishInto(f.t.reg(), out.path(), &ok);
    EXPECT_TRUE(ok) << said.toStdString();
    EXPECT_TRUE(said.contains(QDir::toNativeSeparators(out.path())));
    EXPECT_TRUE(said.contains(QStringLiteral("1 certificate"))) << said.toStdString();
    EXPECT_TRUE(QFileInfo::exists(out.filePath(QStringLiteral("status-list.json"))));

    QFile blocker(out.filePath(QStringLiteral("a-file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString refused =
        ui::PublishPage::publishInto(f.t.reg(), blocker.fileName() + QStringLiteral("/x"), &ok);
    EXPECT_FALSE(ok);
    EXPECT_TRUE(refused.contains(QStringLiteral("a-file"))) << refused.toStdString();
}

TEST(VerifyDialog, ValidityReadsAsASentenceInTheScreensDateFormat)
{
    CertifiedCompany f;
    const qint64 unlimited = f.t.reg()
                                 .rights()
                                 .grant(f.company, {RightKind::International,
                                                    QStringLiteral("D-3"),
                                                    QDate(2026, 11, 26),
                                                    QDate(2026, 11, 26),
                                                    {}})
                                 .value()
                                 .id;
    ui::VerifyDialog dialog(f.t.reg());
    dialog.verifyCode(f.issue(unlimited).code);
    const QString text = dialog.answer()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Valid from %1, without limit of duration")
                                  .arg(ui::dateText(QDate(2026, 11, 26)))))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("from 2026-11-26")));
    EXPECT_FALSE(text.contains(QStringLiteral("until no limit")));
    dialog.verifyCode(f.issue(f.accreditation).code);
    EXPECT_TRUE(dialog.answer()->text().contains(
        QStringLiteral("Valid from %1 until %2")
            .arg(ui::dateText(QDate(2026, 2, 1)), ui::dateText(QDate(2028, 1, 31)))));
}

TEST(BatchPrintDialog, CountsTheAccreditationsOfTheTierOnTheDay)
{
    CertifiedCompany f;
    ui::BatchPrintDialog dialog(f.t.reg());
    EXPECT_EQ(dialog.selection(), QVector<qint64>{f.accreditation});
    dialog.tier()->setCurrentIndex(2); // international
    EXPECT_TRUE(dialog.selection().isEmpty());
    dialog.tier()->setCurrentIndex(1);         // national
    dialog.day()->setDate(QDate(2026, 1, 15)); // before the accreditation starts
    EXPECT_TRUE(dialog.selection().isEmpty());
}

TEST(CertificateScreens, CompanyPageAndVerificationInFrenchAndArabic)
{
    CertifiedCompany f;
    const QString code = f.issue(f.accreditation).code;
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        ui::UiSetup::applyLanguage(lang);
        ui::CompanyPage page(f.t.reg(), f.company);
        page.resize(1300, 820);
        shoot(&page, QStringLiteral("certificates-company-%1").arg(lang));
        ui::VerifyDialog dialog(f.t.reg());
        dialog.verifyCode(code);
        dialog.resize(640, 420);
        shoot(&dialog, QStringLiteral("certificates-verify-%1").arg(lang));
        EXPECT_EQ(dialog.layoutDirection(),
                  lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
}

TEST(SettingsDialog, CertificateSettingsAreSavedAndUsedByTheNextCertificate)
{
    CertifiedCompany f;
    ui::SettingsDialog dialog(f.t.reg());
    dialog.certificatePlace()->setText(QStringLiteral("Casablanca"));
    dialog.nationalCertificateFormat()->setText(QStringLiteral("CCM/AN/{year}/{seq}"));
    dialog.accept();
    EXPECT_EQ(f.t.reg().settings().certificatePlace, QStringLiteral("Casablanca"));
    EXPECT_EQ(f.t.reg().settings().signingKeyPath, f.keyPath(QStringLiteral("key-a")));
    const CertificateContent c = f.issue(f.accreditation);
    EXPECT_EQ(c.number, QStringLiteral("CCM/AN/2026/0001"));
    EXPECT_EQ(c.place, QStringLiteral("Casablanca"));
    EXPECT_EQ(f.certificates().verify(c.code).status, CertificateStatus::Valid);
}

TEST(BatchPrintDialog, OffersOnlyTheCompaniesSelectedInTheRegister)
{
    CertifiedCompany f;
    const qint64 other = f.t.reg().companies().add(sampleCompany(2)).value();
    f.t.reg().rights().grant(other, {RightKind::Authorization,
                                     QStringLiteral("D-4"),
                                     QDate(2026, 1, 1),
                                     QDate(2026, 1, 1),
                                     {}});
    const qint64 second = f.t.reg()
                              .rights()
                              .grant(other, {RightKind::National,
                                             QStringLiteral("D-5"),
                                             QDate(2026, 3, 1),
                                             QDate(2026, 3, 1),
                                             {}})
                              .value()
                              .id;
    ui::BatchPrintDialog dialog(f.t.reg(), {other});
    EXPECT_TRUE(dialog.onlySelected()->isChecked());
    EXPECT_EQ(dialog.selection(), QVector<qint64>{second});
    dialog.onlySelected()->setChecked(false);
    EXPECT_EQ(dialog.selection().size(), 2);
}

TEST(SettingsDialog, CreatesTheSigningKeyAndSetsTheLetterheadExplicitly)
{
    TempRegister t{QDate(2026, 11, 26)};
    QTemporaryDir dir;
    Settings s = t.reg().settings();
    s.signingKeyPath = dir.filePath(QStringLiteral("ccm.key"));
    t.reg().saveSettings(s);
    ui::SettingsDialog dialog(t.reg());
    EXPECT_TRUE(dialog.keyState()->text().contains(QStringLiteral("key create")));
    EXPECT_FALSE(QFile::exists(s.signingKeyPath)); // opening the settings creates nothing
    ASSERT_TRUE(dialog.createKey());
    const auto key = SigningKeyRegistry(t.reg()).forIssuing(t.reg().settings());
    ASSERT_TRUE(key.ok());
    EXPECT_TRUE(dialog.keyState()->text().contains(key.value().keyId()));

    QImage emblem(120, 80, QImage::Format_RGB32);
    emblem.fill(Qt::darkGreen);
    const QString file = dir.filePath(QStringLiteral("emblem.png"));
    ASSERT_TRUE(emblem.save(file));
    ASSERT_TRUE(dialog.chooseLetterhead(file));
    EXPECT_FALSE(Letterhead(t.reg()).image().isNull());
    EXPECT_FALSE(dialog.letterheadState()->pixmap().isNull());
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        ui::UiSetup::applyLanguage(lang);
        ui::SettingsDialog shown(t.reg());
        shoot(&shown, QStringLiteral("settings-%1").arg(lang));
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
    dialog.removeLetterhead();
    EXPECT_TRUE(Letterhead(t.reg()).image().isNull());

    dialog.certificatePlaceAr()->setText(QStringLiteral("الدار البيضاء"));
    dialog.verificationUrl()->setText(QStringLiteral("https://verif.example.ma/"));
    dialog.accept();
    EXPECT_EQ(t.reg().settings().certificatePlaceAr, QStringLiteral("الدار البيضاء"));
    EXPECT_EQ(t.reg().settings().verificationUrl, QStringLiteral("https://verif.example.ma/"));
}
