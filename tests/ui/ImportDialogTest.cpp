// The import and export dialogs on the offscreen platform: preview, row report, import with
// progress, cancel writes nothing; screenshots in French and Arabic when CINEREG_SCREENSHOTS
// names a folder.
#include "ImportDialog.h"

#include "ExportDialog.h"
#include "services/CompanyService.h"
#include "TempRegister.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {

// A legacy sheet: French headers, `;`, one bad ICE on line 3 among good rows.
QString writeSheet(const QTemporaryDir& dir, int rows, bool badRow)
{
    QString csv = QStringLiteral("Raison sociale;Nom arabe;ICE;Forme;RC;Tribunal;Capital;Adresse;"
                                 "Ville\n");
    for (int n = 1; n <= rows; ++n)
        csv += QStringLiteral("Studio %1;استوديو %1;%2;SARL;%3;Rabat;500000;%1 av. Mohammed V;"
                              "Rabat\n")
                   .arg(n)
                   .arg(badRow && n == 2 ? QStringLiteral("000000000000001") : validIce(n))
                   .arg(520000 + n);
    const QString path = dir.filePath(QStringLiteral("registre.csv"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(csv.toUtf8());
    return path;
}

int companies(Register& reg)
{
    return reg.companies().count(CompanyFilter{});
}

void shoot(QWidget* widget, const QString& name)
{
    widget->show();
    QCoreApplication::processEvents();
    const QPixmap picture = widget->grab();
    EXPECT_FALSE(picture.isNull());
    const QString folder = qEnvironmentVariable("CINEREG_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        picture.save(QStringLiteral("%1/%2.png").arg(folder, name));
    }
}

} // namespace

TEST(ImportDialog, PreviewAndRowReportThenNothingWrittenUntilTheClerkChooses)
{
    TempRegister t;
    QTemporaryDir dir;
    ui::ImportDialog dialog(t.reg(), ui::ImportDialog::Kind::Companies);
    ASSERT_TRUE(dialog.openFile(writeSheet(dir, 5, true)));
    EXPECT_EQ(dialog.preview()->rowCount(), 5);
    EXPECT_EQ(dialog.preview()->item(0, 0)->text(), QStringLiteral("Studio 1"));
    ASSERT_EQ(dialog.reportTable()->rowCount(), 1);
    EXPECT_EQ(dialog.reportTable()->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(dialog.reportTable()->item(0, 1)->text(), QStringLiteral("ice"));
    EXPECT_FALSE(dialog.importButton()->isEnabled()); // one rejected row: all or nothing
    EXPECT_EQ(companies(t.reg()), 0);

    dialog.skipInvalid()->setChecked(true);
    EXPECT_TRUE(dialog.importButton()->isEnabled());
    dialog.runImport();
    EXPECT_TRUE(dialog.lastReport().written);
    EXPECT_EQ(companies(t.reg()), 4);
}

TEST(ImportDialog, CancelInTheMiddleWritesNothing)
{
    TempRegister t;
    QTemporaryDir dir;
    ui::ImportDialog dialog(t.reg(), ui::ImportDialog::Kind::Companies);
    ASSERT_TRUE(dialog.openFile(writeSheet(dir, 120, false)));
    ASSERT_TRUE(dialog.importButton()->isEnabled());
    QObject::connect(&dialog, &ui::ImportDialog::progressed, &dialog, [&](int done, int) {
        if (done >= 50)
            dialog.cancel();
    });
    dialog.runImport();
    EXPECT_TRUE(dialog.lastReport().cancelled);
    EXPECT_EQ(companies(t.reg()), 0);
}

TEST(ImportDialog, UnreadableFileIsExplained)
{
    TempRegister t;
    QTemporaryDir dir;
    ui::ImportDialog dialog(t.reg(), ui::ImportDialog::Kind::Rights);
    EXPECT_FALSE(dialog.openFile(dir.filePath(QStringLiteral("missing.xlsx"))));
    EXPECT_FALSE(dialog.summary()->text().isEmpty());
    EXPECT_FALSE(dialog.importButton()->isEnabled());
}

TEST(ExportDialog, WritesABodysMembers)
{
    TempRegister t;
    Company member = sampleCompany(1);
    member.memberships = {{QStringLiteral("CNPF"), QDate(2015, 1, 1)}};
    t.reg().companies().add(member);
    t.reg().companies().add(sampleCompany(2));
    QTemporaryDir dir;
    ui::ExportDialog dialog(t.reg(), ui::ExportDialog::What::BodyMembers);
    dialog.body()->setCurrentText(QStringLiteral("CNPF"));
    const Outcome<int> written = dialog.exportTo(dir.filePath(QStringLiteral("cnpf.xlsx")));
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written.value(), 1);
}

TEST(ImportDialog, ScreenshotsInFrenchAndArabic)
{
    TempRegister t;
    QTemporaryDir dir;
    const QString sheet = writeSheet(dir, 8, true);
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        ui::UiSetup::applyLanguage(lang);
        ui::ImportDialog dialog(t.reg(), ui::ImportDialog::Kind::Companies);
        dialog.openFile(sheet);
        shoot(&dialog, QStringLiteral("import-%1").arg(lang));
        ui::ExportDialog exportDialog(t.reg(), ui::ExportDialog::What::BodyMembers);
        shoot(&exportDialog, QStringLiteral("export-%1").arg(lang));
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
}
