// The company page says what the core knows, and every open view follows the register's changes
// (offscreen window tests; each failed before the standing and the change feed).
#include "applications/ApplicationService.h"
#include "applications/DossierRules.h"
#include "CompanyPage.h"
#include "DecisionDialog.h"
#include "MainWindow.h"
#include "NewCompanyDialog.h"
#include "RegisterModel.h"
#include "RegisterView.h"
#include "RightCard.h"
#include "services/ChangeFeed.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/RightService.h"
#include "TempRegister.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cinereg;
using namespace cinereg::test;
using Kind = ui::DecisionDialog::Kind;

namespace {
const QDate Today(2026, 11, 20);

struct Accredited
{
    explicit Accredited(Register& reg)
    {
        company = reg.companies().add(sampleCompany(1)).value();
        authorization =
            reg.rights()
                .grant(
                    company,
                    {RightKind::Authorization, QStringLiteral("AUT/1"), {}, QDate(2026, 1, 5), {}})
                .value()
                .id;
        national =
            reg.rights()
                .grant(company,
                       {RightKind::National, QStringLiteral("AEN/1"), {}, QDate(2026, 2, 1), {}})
                .value()
                .id;
    }
    qint64 company = 0;
    qint64 authorization = 0;
    qint64 national = 0;
};

ui::RightCard* cardOf(const ui::CompanyPage& page, qint64 rightId)
{
    for (ui::RightCard* card : page.rightCards())
        if (card->rightId() == rightId)
            return card;
    return nullptr;
}

// The language for one test, English again afterwards.
struct Language
{
    explicit Language(const char* code) { ui::UiSetup::applyLanguage(QString::fromLatin1(code)); }
    ~Language() { ui::UiSetup::applyLanguage(QStringLiteral("en")); }
};
} // namespace

TEST(CompanyPage, WithTheAuthorizationSuspendedNoAccreditationReadsActiveInGreen)
{
    Language french("fr");
    TempRegister t(Today);
    const Accredited a(t.reg());
    ASSERT_TRUE(t.reg().rights().decide(a.authorization, {DecisionType::Suspend,
                                                          QStringLiteral("SUS/1"),
                                                          QDate(2026, 10, 26),
                                                          QStringLiteral("impayés"),
                                                          {}}));
    ui::CompanyPage page(t.reg(), a.company);
    ui::RightCard* card = cardOf(page, a.national);
    ASSERT_NE(card, nullptr);
    const QString shown = card->standingLabel()->text();
    EXPECT_NE(shown, QStringLiteral("actif"));
    EXPECT_EQ(shown, QStringLiteral(
                         "actif — non en vigueur : autorisation suspendue depuis le 26/10/2026"));
    EXPECT_FALSE(card->standingLabel()->styleSheet().contains(QStringLiteral("#1b7a2e")))
        << "green is kept for rights in force";
    EXPECT_EQ(cardOf(page, a.authorization)->standingLabel()->text(),
              QStringLiteral("suspendue depuis le 26/10/2026"));
}

TEST(CompanyPage, AProductionRecordedElsewhereAppearsOnTheOpenPage)
{
    TempRegister t(Today);
    const Accredited a(t.reg());
    ui::CompanyPage page(t.reg(), a.company);
    ASSERT_EQ(page.productionsTable()->rowCount(), 0);
    Production p;
    p.title = QStringLiteral("Les sables de Merzouga");
    p.kind = ProductionKind::National;
    p.executorId = a.company;
    p.shootFrom = QDate(2026, 12, 1);
    p.shootTo = QDate(2026, 12, 20);
    p.shootingPermit = QStringLiteral("AT/2026/77");
    ASSERT_TRUE(t.reg().productions().add(p)); // another service call, not through the page
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.productionsTable()->rowCount() == 1; }, 2000));
    EXPECT_EQ(page.productionsTable()->item(0, 0)->text(), p.title);
}

TEST(CompanyPage, ADossierGrantedThroughAnotherConnectionAppearsOnTheOpenPage)
{
    TempRegister t(Today);
    const qint64 company = t.reg().companies().add(sampleCompany(2)).value();
    ui::CompanyPage page(t.reg(), company);
    ASSERT_TRUE(page.rightCards().isEmpty());

    Register other(t.path(), t.clock(), QStringLiteral("second-clerk"));
    ApplicationService dossiers(other);
    NewApplication filed;
    filed.companyId = company;
    filed.received = QDate(2026, 11, 2);
    const qint64 dossier = dossiers.file(filed).value().id;
    for (PieceKind kind : DossierRules::requiredPieces(RightKind::Authorization))
        ASSERT_TRUE(dossiers.recordPiece(dossier, kind, QDate(2026, 10, 30)));
    ApplicationDecision grant;
    grant.reference = QStringLiteral("AUT/2026/40");
    grant.validFrom = Today;
    ASSERT_TRUE(dossiers.decide(dossier, grant));

    t.reg().changes().checkOtherConnections(); // what the window's timer does
    ASSERT_EQ(page.rightCards().size(), 1);
    EXPECT_TRUE(page.rightCards()[0]->standing().inForce);
}

TEST(MainWindow, F5RefreshesTheOpenCompanyPage)
{
    TempRegister t(Today);
    const Accredited a(t.reg());
    ui::MainWindow window(t.reg());
    ui::CompanyPage* page = window.openCompany(a.company);
    ASSERT_TRUE(cardOf(*page, a.national)->standing().inForce);
    Register other(t.path(), t.clock(), QStringLiteral("second-clerk"));
    ASSERT_TRUE(other.rights().decide(a.authorization, {DecisionType::Revoke,
                                                        QStringLiteral("RET/1"),
                                                        Today,
                                                        QStringLiteral("statuts non conformes"),
                                                        {}}));
    window.refreshAll();
    ui::RightCard* card = cardOf(*page, a.national);
    ASSERT_NE(card, nullptr);
    EXPECT_FALSE(card->standing().inForce);
    EXPECT_EQ(card->standing().cause, Standing::Cause::AuthorizationRevoked);
    // The register view follows too: the national tier no longer reads as active.
    ui::RegisterModel* model = window.registerView()->model();
    EXPECT_EQ(model->index(0, ui::RegisterModel::National).data().toString(),
              QStringLiteral("active — not in force: authorization revoked"));
}

TEST(DecisionDialog, SuspendingTheAuthorizationNamesTheAccreditationsThatStop)
{
    TempRegister t(Today);
    const Accredited a(t.reg());
    const QString number = t.reg().rights().find(a.national)->number;
    ui::DecisionDialog dialog(t.reg(), Kind::Suspend, a.company, a.authorization);
    dialog.setReference(QStringLiteral("SUS/2"));
    dialog.setReason(QStringLiteral("unpaid"));
    EXPECT_TRUE(dialog.consequenceText().contains(number))
        << dialog.consequenceText().toStdString();
    ui::DecisionDialog onAccreditation(t.reg(), Kind::Suspend, a.company, a.national);
    onAccreditation.setReference(QStringLiteral("SUS/3"));
    onAccreditation.setReason(QStringLiteral("unpaid"));
    EXPECT_TRUE(onAccreditation.consequenceText().isEmpty());
}

TEST(NewCompanyDialog, TheButtonsSayRegisterAsAVerbAndCancelWhole)
{
    TempRegister t(Today);
    {
        Language french("fr");
        ui::NewCompanyDialog dialog(t.reg());
        EXPECT_EQ(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text(),
                  QStringLiteral("Enregistrer"));
    }
    Language arabic("ar");
    ui::NewCompanyDialog dialog(t.reg());
    EXPECT_EQ(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text(),
              QStringLiteral("تسجيل"));
    // Qt's own Arabic "Cancel" is the clipped-looking imperative "ألغ".
    EXPECT_EQ(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->text(),
              QStringLiteral("إلغاء"));
}
