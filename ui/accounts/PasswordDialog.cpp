#include "PasswordDialog.h"

#include "accounts/AccountService.h"
#include "CheckedDialogLayout.h"
#include "FormConventions.h"
#include "services/Register.h"
#include "StorageFailureBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cinereg::ui {

PasswordDialog::PasswordDialog(const Register& reg, const QString& login, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_loginName(login), m_password(new QLineEdit(this)),
      m_again(new QLineEdit(this)), m_refusal(new QLabel(this)),
      m_storage(new StorageFailureBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New password for %1").arg(login));
    m_password->setEchoMode(QLineEdit::Password);
    m_again->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("at least %n character(s)", nullptr, AccountService::MinPasswordLength));
    auto* form = new QFormLayout;
    form->addRow(tr("New password"), m_password);
    form->addRow(tr("Password again"), m_again);
    markRequired(form, m_password);
    markRequired(form, m_again);
    chainTabOrder({m_password, m_again});
    layOutCheckedDialog(this, form, m_refusal, m_buttons, tr("Change the password"), m_storage);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::refresh);
    connect(m_again, &QLineEdit::textChanged, this, &PasswordDialog::refresh);
    setMinimumWidth(460);
    refresh();
}

void PasswordDialog::refresh()
{
    const bool differ = m_again->text() != m_password->text();
    m_refusal->setText(differ ? tr("Password again: the two passwords differ.") : QString());
    m_refusal->setVisible(differ);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!differ && !m_password->text().isEmpty());
}

void PasswordDialog::setPasswords(const QString& password, const QString& again)
{
    m_password->setText(password);
    m_again->setText(again);
}

QString PasswordDialog::refusalText() const
{
    return m_refusal->isVisibleTo(this) ? m_refusal->text() : QString();
}

void PasswordDialog::accept()
{
    m_storage->attempt([this] { record(); });
}

void PasswordDialog::record()
{
    if (m_again->text() != m_password->text())
        return;
    const Check changed = m_reg.accounts().setPassword(m_loginName, m_password->text());
    if (!changed) {
        m_refusal->setText(changed.refusal().message);
        m_refusal->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace cinereg::ui
