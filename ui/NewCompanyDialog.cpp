#include "NewCompanyDialog.h"

#include "CompanyForm.h"
#include "FormConventions.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "StorageFailureBar.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cinereg::ui {

NewCompanyDialog::NewCompanyDialog(const Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_form(new CompanyForm(reg, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_refusal(new QLabel(this)), m_storage(new StorageFailureBar(this))
{
    m_refusal->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    // Why "Register" is disabled (the form's first problem), or the core's refusal on saving, in
    // a place kept for it.
    reserveMessageSpace(m_refusal);
    setWindowTitle(tr("New production company"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields narrow instead
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_storage);
    layout->addWidget(m_refusal);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Register", "button: record the new company in the register"));
    const auto showCheck = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_form->isValid());
        m_refusal->setText(m_form->firstProblem());
    };
    showCheck();
    connect(m_form, &CompanyForm::checked, this, showCheck);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCompanyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 760);
}

void NewCompanyDialog::accept()
{
    m_storage->attempt([this] { record(); });
}

QString NewCompanyDialog::storageFailure() const
{
    return m_storage->message();
}

void NewCompanyDialog::record()
{
    const Outcome<qint64> added = m_reg.companies().add(m_form->company());
    if (!added) {
        m_refusal->setText(added.refusal().message);
        m_refusal->setVisible(true);
        return;
    }
    m_id = added.value();
    QDialog::accept();
}

} // namespace cinereg::ui
