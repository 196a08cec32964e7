// The dossiers in the window (offscreen): the list highlights overdue dossiers, the decision
// dialog shows the refusing rule before OK and writes nothing, the dossier page ticks pieces and
// keeps scans, the main window opens dossiers from its tab and from the dashboard.
// Each screen is drawn; CINEREG_SCREENSHOTS=folder also saves the pictures.
#include "ApplicationDecisionDialog.h"
#include "ApplicationPage.h"
#include "applications/ApplicationService.h"
#include "applications/ReceiptDocument.h"
#include "ApplicationsView.h"
#include "DashboardView.h"
#include "MainWindow.h"
#include "NewApplicationDialog.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "store/AuditLog.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const QDate Today(2026, 3, 2);

int auditSize(Register& reg)
{
    return AuditLog(StoreAccess::of(reg)).list().size();
}

qint64 fileDossier(Register& reg, qint64 company, QDate received,
                   RightKind kind = RightKind::Authorization)
{
    NewApplication a;
    a.companyId = company;
    a.kind = kind;
    a.received = received;
    return ApplicationService(reg).file(a).value().id;
}

void completeDossier(Register& reg, qint64 id)
{
    const Application a = *ApplicationService(reg).find(id);
    for (PieceKind kind : DossierRules::requiredPieces(a.kind))
        ASSERT_TRUE(ApplicationService(reg).recordPiece(id, kind, QDate(2026, 1, 10)));
}

void shoot(QWidget* widget, const QString& name)
{
    widget->resize(1200, 700);
    widget->show();
    QCoreApplication::processEvents();
    const QPixmap picture = widget->grab();
    EXPECT_FALSE(picture.isNull());
    EXPECT_GE(picture.width(), 1200);
    const QString folder = qEnvironmentVariable("CINEREG_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        picture.save(QStringLiteral("%1/%2.png").arg(folder, name));
    }
}
} // namespace

TEST(ApplicationsView, OpenDossiersFirstAndTheOverdueOneHighlighted)
{
    TempRegister t(Today);
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 b = t.reg().companies().add(sampleCompany(2)).value();
    const qint64 decided = fileDossier(t.reg(), b, QDate(2026, 1, 2));
    ASSERT_TRUE(ApplicationService(t.reg()).withdraw(decided));
    const qint64 fresh = fileDossier(t.reg(), a, QDate(2026, 2, 27));  // due 2026-03-19
    const qint64 overdue = fileDossier(t.reg(), b, QDate(2026, 2, 5)); // due 2026-02-25
    const qint64 near = fileDossier(t.reg(), a, QDate(2026, 2, 12));   // due 2026-03-04

    ui::ApplicationsView view(t.reg());
    view.reload();
    QTreeWidget* list = view.list();
    ASSERT_EQ(list->topLevelItemCount(), 4);
    const auto idAt = [&](int row) {
        return list->topLevelItem(row)
            ->data(0, ui::ApplicationsView::ApplicationIdRole)
            .toLongLong();
    };
    EXPECT_EQ((QList<qint64>{idAt(0), idAt(1), idAt(2), idAt(3)}),
              (QList<qint64>{overdue, near, fresh, decided}));

    QTreeWidgetItem* late = list->topLevelItem(0);
    EXPECT_TRUE(late->data(0, ui::ApplicationsView::OverdueRole).toBool());
    for (int col = 0; col < list->columnCount(); ++col)
        EXPECT_EQ(late->background(col).color(), ui::ApplicationsView::overdueBackground().color());
    EXPECT_TRUE(late->font(ui::ApplicationsView::DeadlineColumn).bold());
    EXPECT_EQ(late->text(ui::ApplicationsView::StatusColumn),
              QStringLiteral("open, overdue by 5 day(s)"));
    EXPECT_EQ(late->text(ui::ApplicationsView::CompanyColumn),
              QStringLiteral("Atlas Productions 2"));
    for (int row = 1; row < 4; ++row) {
        EXPECT_FALSE(list->topLevelItem(row)->data(0, ui::ApplicationsView::OverdueRole).toBool());
        EXPECT_EQ(list->topLevelItem(row)->background(0).style(), Qt::NoBrush) << row;
    }
    EXPECT_EQ(list->topLevelItem(1)->foreground(0).color(),
              ui::ApplicationsView::nearForeground().color())
        << "due within 5 days";

    view.setOpenOnly(true);
    EXPECT_EQ(list->topLevelItemCount(), 3);
    shoot(&view, QStringLiteral("dossiers-en"));
}

TEST(ApplicationDecisionDialog, RefusesAnIncompleteDossierBeforeOkAndWritesNothing)
{
    TempRegister t(Today);
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, QDate(2026, 2, 20));
    ASSERT_TRUE(
        ApplicationService(t.reg()).recordPiece(id, PieceKind::Statutes, QDate(2025, 5, 1)));
    const int before = auditSize(t.reg());

    ui::ApplicationDecisionDialog dialog(t.reg(), id);
    EXPECT_FALSE(dialog.canConfirm()) << "no decision reference yet";
    dialog.setReference(QStringLiteral("AUT/2026/4"));
    dialog.setFrom(Today);
    EXPECT_TRUE(dialog.refusalText().startsWith(
        QStringLiteral("The dossier is incomplete: 5 piece(s) missing: proof of the registered "
                       "office;")))
        << dialog.refusalText().toStdString();
    EXPECT_FALSE(dialog.canConfirm());
    dialog.accept(); // even forced, the core refuses
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(auditSize(t.reg()), before);
    EXPECT_TRUE(t.reg().rights().ofCompany(company).authorizations.isEmpty());
    EXPECT_TRUE(ApplicationService(t.reg()).find(id)->isOpen());

    // Refusing instead: the reason is required, then OK is allowed.
    dialog.setGrant(false);
    EXPECT_EQ(dialog.refusalText(), QStringLiteral("A refusal must state its reason."));
    EXPECT_FALSE(dialog.canConfirm());
    dialog.setReason(QStringLiteral("Dossier incomplet après relance"));
    EXPECT_TRUE(dialog.refusalText().isEmpty());
    EXPECT_TRUE(dialog.canConfirm());
    shoot(&dialog, QStringLiteral("decide-refuse-en"));
}

TEST(ApplicationDecisionDialog, GrantsACompleteDossier)
{
    TempRegister t(Today);
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, QDate(2026, 2, 20));
    completeDossier(t.reg(), id);
    ui::ApplicationDecisionDialog dialog(t.reg(), id);
    dialog.setReference(QStringLiteral("AUT/2026/4"));
    dialog.setFrom(QDate(2026, 3, 1));
    ASSERT_TRUE(dialog.canConfirm()) << dialog.refusalText().toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const Application a = *ApplicationService(t.reg()).find(id);
    EXPECT_EQ(a.status, ApplicationStatus::Granted);
    const CompanyRights held = t.reg().rights().ofCompany(company);
    ASSERT_EQ(held.authorizations.size(), 1);
    EXPECT_EQ(held.authorizations[0].id, a.rightId);
    EXPECT_EQ(held.authorizations[0].validFrom, QDate(2026, 3, 1));
}

TEST(ApplicationPage, TicksPiecesKeepsScansAndClosesWithTheDecision)
{
    TempRegister t(Today);
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, QDate(2026, 2, 20), RightKind::National);
    ui::ApplicationPage page(t.reg(), id);
    QTableWidget* checklist = page.checklist();
    ASSERT_EQ(checklist->rowCount(), 8);
    EXPECT_EQ(page.title(), QStringLiteral("Dossier REC-2026-0001"));

    // Ticking the row's check box records the piece with the row's date.
    auto* date =
        qobject_cast<QDateEdit*>(checklist->cellWidget(3, ui::ApplicationPage::DatedColumn));
    ASSERT_NE(date, nullptr);
    date->setDate(QDate(2025, 2, 1));
    checklist->item(3, ui::ApplicationPage::PieceColumn)->setCheckState(Qt::Checked);
    const std::optional<Application> after = ApplicationService(t.reg()).find(id);
    ASSERT_TRUE(after->piece(PieceKind::TaxRegularity));
    EXPECT_EQ(after->piece(PieceKind::TaxRegularity)->dated, QDate(2025, 2, 1));
    EXPECT_EQ(checklist->item(3, ui::ApplicationPage::StateColumn)->text(),
              QStringLiteral("more than one year old"));
    EXPECT_TRUE(page.problemText().isEmpty());

    // A scan: attached, listed, saved back byte-identical.
    QTemporaryDir dir;
    const QString scanPath = dir.filePath(QStringLiteral("attestation-fiscale.pdf"));
    const QByteArray scan = QByteArray("%PDF-1.7\n") + QByteArray(20000, '\x7f');
    {
        QFile f(scanPath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(scan);
    }
    ASSERT_TRUE(page.attachFile(PieceKind::TaxRegularity, scanPath))
        << page.problemText().toStdString();
    EXPECT_TRUE(checklist->item(3, ui::ApplicationPage::ScanColumn)
                    ->text()
                    .startsWith(QStringLiteral("attestation-fiscale.pdf")));
    const QString saved = dir.filePath(QStringLiteral("copy.pdf"));
    ASSERT_TRUE(page.saveScanAs(PieceKind::TaxRegularity, saved));
    QFile back(saved);
    ASSERT_TRUE(back.open(QIODevice::ReadOnly));
    EXPECT_EQ(back.readAll(), scan);

    // A scan for a piece not recorded yet is refused, and the page says why.
    EXPECT_FALSE(page.attachFile(PieceKind::Films, scanPath));
    EXPECT_TRUE(page.problemText().contains(QStringLiteral("before attaching its scan")));

    // Unticking a piece without a scan removes it.
    page.setPieceTicked(PieceKind::Statutes, true, QDate(2024, 1, 1));
    ASSERT_TRUE(ApplicationService(t.reg()).find(id)->piece(PieceKind::Statutes));
    checklist->item(0, ui::ApplicationPage::PieceColumn)->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(ApplicationService(t.reg()).find(id)->piece(PieceKind::Statutes));
    shoot(&page, QStringLiteral("dossier-en"));

    // Once withdrawn, the checklist can no longer be ticked.
    ASSERT_TRUE(ApplicationService(t.reg()).withdraw(id));
    page.reload();
    EXPECT_FALSE(checklist->item(0, ui::ApplicationPage::PieceColumn)->flags() &
                 Qt::ItemIsUserCheckable);
}

TEST(NewApplicationDialog, FilesTheDossierOfTheChosenCompany)
{
    TempRegister t(Today);
    t.reg().companies().add(sampleCompany(1));
    const qint64 company = t.reg().companies().add(sampleCompany(2)).value();
    ui::NewApplicationDialog dialog(t.reg());
    dialog.preselectCompany(company);
    dialog.setKind(RightKind::International);
    EXPECT_TRUE(dialog.refusalText().isEmpty()) << dialog.refusalText().toStdString();
    dialog.accept();
    ASSERT_GT(dialog.applicationId(), 0);
    const Application a = *ApplicationService(t.reg()).find(dialog.applicationId());
    EXPECT_EQ(a.companyId, company);
    EXPECT_EQ(a.kind, RightKind::International);
    EXPECT_EQ(a.received, Today);
    EXPECT_EQ(a.deadline, Today.addDays(20));
}

TEST(MainWindowDossiers, TheTabTheDashboardAndTheDossierPages)
{
    TempRegister t(Today);
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 overdue = fileDossier(t.reg(), company, QDate(2026, 2, 1));
    fileDossier(t.reg(), company, QDate(2026, 3, 1), RightKind::International); // due in 19 days
    ui::MainWindow window(t.reg());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    EXPECT_EQ(window.tabs()->widget(4), window.applicationsView());
    EXPECT_EQ(window.applicationsView()->list()->topLevelItemCount(), 2);

    // The dashboard lists the overdue dossier only (the other is not due within 5 days).
    QTreeWidget* due = window.dashboard()->dossiers();
    ASSERT_EQ(due->topLevelItemCount(), 1);
    EXPECT_EQ(due->topLevelItem(0)->text(1), QStringLiteral("REC-2026-0001"));
    EXPECT_EQ(due->topLevelItem(0)->background(0).color(),
              ui::ApplicationsView::overdueBackground().color());

    const int tabs = window.tabs()->count();
    Q_EMIT due->itemActivated(due->topLevelItem(0), 0);
    auto* page = qobject_cast<ui::ApplicationPage*>(window.tabs()->currentWidget());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->applicationId(), overdue);
    EXPECT_EQ(window.tabs()->count(), tabs + 1);
    EXPECT_EQ(window.openApplication(overdue), page) << "a dossier opens once";
    shoot(&window, QStringLiteral("window-dossier-en"));
    window.tabs()->setCurrentIndex(0);
    shoot(&window, QStringLiteral("window-home-en"));
}

TEST(ApplicationPage, DrawnRightToLeftInArabic)
{
    TempRegister t(Today);
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, QDate(2026, 2, 1), RightKind::National);
    ApplicationService(t.reg()).recordPiece(id, PieceKind::Statutes, QDate(2024, 3, 1));
    ui::UiSetup::applyLanguage(QStringLiteral("ar"));
    {
        ui::ApplicationPage page(t.reg(), id);
        EXPECT_EQ(page.layoutDirection(), Qt::RightToLeft);
        shoot(&page, QStringLiteral("dossier-ar"));
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
}

TEST(Receipt, PrintsOnAPrinterAsInThePreview)
{
    // The print preview draws through the same function on a QPrinter: one A4 page.
    TempRegister t(Today);
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = fileDossier(t.reg(), company, QDate(2026, 2, 20));
    const auto receipt = ReceiptDocument::load(t.reg(), id);
    ASSERT_TRUE(receipt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        receipt.value()->print(&printer);
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1)
        << "one page object (besides /Pages)";
}

// The dossier page lists the pieces as DossierRules::pieces does, row for row: the piece beyond
// the checklist is marked, and statutes dated after today are shown with their own date (not
// clamped to today) and as not yet issued.
TEST(ApplicationPage, ListsThePiecesAsTheOneListOfTheDossier)
{
    TempRegister t(Today);
    const qint64 company = t.reg().companies().add(sampleCompany(2)).value();
    const qint64 id = fileDossier(t.reg(), company, QDate(2026, 2, 20));
    const ApplicationService service(t.reg());
    ASSERT_TRUE(service.recordPiece(id, PieceKind::TaxRegularity, QDate(2025, 1, 1)));
    ASSERT_TRUE(service.recordPiece(id, PieceKind::CnssRegularity, QDate(2026, 1, 5)));
    ASSERT_TRUE(service.recordPiece(id, PieceKind::Films, QDate(2026, 2, 1)));
    t.clock().setToday(Today.addDays(30));
    ASSERT_TRUE(service.recordPiece(id, PieceKind::Statutes, Today.addDays(18)));
    t.clock().setToday(Today);

    ui::ApplicationPage page(t.reg(), id);
    QTableWidget* table = page.checklist();
    const Application a = *service.find(id);
    const QVector<DossierRules::Item> items = DossierRules::pieces(a, Today);
    ASSERT_EQ(table->rowCount(), items.size());
    for (int row = 0; row < items.size(); ++row) {
        const DossierRules::Item& item = items[row];
        EXPECT_EQ(table->item(row, ui::ApplicationPage::PieceColumn)->text(),
                  DossierRules::pieceLabel(item))
            << row;
        EXPECT_EQ(table->item(row, ui::ApplicationPage::PieceColumn)->checkState(),
                  item.piece ? Qt::Checked : Qt::Unchecked)
            << row;
        EXPECT_EQ(table->item(row, ui::ApplicationPage::StateColumn)->text(),
                  DossierRules::stateLabel(item.state))
            << row;
        if (item.piece) {
            auto* date =
                qobject_cast<QDateEdit*>(table->cellWidget(row, ui::ApplicationPage::DatedColumn));
            ASSERT_NE(date, nullptr);
            EXPECT_EQ(date->date(), item.piece->dated) << row;
        }
    }
    EXPECT_EQ(items[0].state, DossierRules::State::NotYetIssued);
    EXPECT_FALSE(items.back().required);
}
