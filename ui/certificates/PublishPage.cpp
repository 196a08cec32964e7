#include "PublishPage.h"

#include "certificates/VerificationPagePublisher.h"

#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>

namespace cinereg::ui {

QString PublishPage::publishInto(const Register& reg, const QString& folder, bool* ok)
{
    const auto published = VerificationPagePublisher(reg).publish(folder);
    *ok = published.ok();
    if (!published)
        return published.refusal().message;
    const QString trustUntil =
        QLocale().toString(published.value().trustUntil.toLocalTime(), QLocale::ShortFormat);
    return tr("The verification page was written into %1 with the status of %n certificate(s). "
              "Copy this folder to the web site; the page will say that its list is stale after "
              "%2, so publish it again after each day's decisions.",
              nullptr, published.value().certificates)
        .arg(QDir::toNativeSeparators(folder), trustUntil);
}

void PublishPage::ask(const Register& reg, QWidget* parent)
{
    const QString folder =
        QFileDialog::getExistingDirectory(parent, tr("Folder of the verification page"));
    if (folder.isEmpty())
        return;
    bool ok = false;
    const QString said = publishInto(reg, folder, &ok);
    if (ok)
        QMessageBox::information(parent, tr("Verification page published"), said);
    else
        QMessageBox::warning(parent, tr("Verification page not published"), said);
}

} // namespace cinereg::ui
