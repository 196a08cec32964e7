#include "CheckedDialogLayout.h"

#include "StorageFailureBar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cinereg::ui {

void layOutCheckedDialog(QDialog* dialog, QFormLayout* form, QLabel* refusal,
                         QDialogButtonBox* buttons, const QString& okText,
                         StorageFailureBar* storage)
{
    refusal->setWordWrap(true);
    refusal->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    // Two lines are reserved whether or not a refusal shows, so the form does not jump.
    refusal->setMinimumHeight(2 * refusal->fontMetrics().lineSpacing());
    QSizePolicy keepPlace = refusal->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    refusal->setSizePolicy(keepPlace);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    if (storage)
        layout->addWidget(storage);
    layout->addWidget(refusal);
    layout->addWidget(buttons);
    if (!okText.isEmpty())
        buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace cinereg::ui
