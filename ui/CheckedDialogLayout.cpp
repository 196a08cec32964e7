#include "CheckedDialogLayout.h"

#include "FormConventions.h"
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
    refusal->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    // Two lines are reserved whether or not a refusal shows, so the form does not jump.
    reserveMessageSpace(refusal);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    if (hasRequired(form))
        layout->addWidget(requiredLegend(dialog));
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
