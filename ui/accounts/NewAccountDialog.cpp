#include "NewAccountDialog.h"

#include "accounts/AccountService.h"
#include "CheckedDialogLayout.h"
#include "FormConventions.h"
#include "services/Register.h"
#include "StorageFailureBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cinereg::ui {

NewAccountDialog::NewAccountDialog(const Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_first(!reg.hasAccounts()), m_login(new QLineEdit(this)),
      m_fullName(new QLineEdit(this)), m_role(new QComboBox(this)), m_password(new QLineEdit(this)),
      m_again(new QLineEdit(this)), m_refusal(new QLabel(this)),
      m_storage(new StorageFailureBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_first ? tr("The first account") : tr("New account"));
    for (Role r : {Role::Clerk, Role::Approver, Role::Auditor, Role::Admin})
        m_role->addItem(RolePolicy::name(r), int(r));
    m_password->setEchoMode(QLineEdit::Password);
    m_again->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    if (m_first) {
        auto* warning = new QLabel(
            tr("This register is in single-user mode. Its first account is an admin, and "
               "creating it ends single-user mode for good: from then on everyone signs in, and "
               "every decision takes effect only once a second person has approved it."),
            this);
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #b36b00; font-weight: bold;"));
        form->addRow(warning);
        m_role->setCurrentIndex(m_role->findData(int(Role::Admin)));
        m_role->setEnabled(false);
        m_role->setToolTip(tr("The first account of a register must be an admin."));
    }
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Full name"), m_fullName);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_again);
    for (QWidget* required : {static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_fullName),
                              static_cast<QWidget*>(m_role), static_cast<QWidget*>(m_password),
                              static_cast<QWidget*>(m_again)})
        markRequired(form, required);
    m_password->setPlaceholderText(
        tr("at least %n character(s)", nullptr, AccountService::MinPasswordLength));
    chainTabOrder({m_login, m_fullName, m_role, m_password, m_again});
    layOutCheckedDialog(this, form, m_refusal, m_buttons, tr("Create the account"), m_storage);
    for (QLineEdit* edit : {m_login, m_fullName, m_password, m_again})
        connect(edit, &QLineEdit::textChanged, this, &NewAccountDialog::refresh);
    connect(m_role, &QComboBox::currentIndexChanged, this, &NewAccountDialog::refresh);
    setMinimumWidth(520);
    refresh();
}

Role NewAccountDialog::role() const
{
    return Role(m_role->currentData().toInt());
}

void NewAccountDialog::refresh()
{
    m_storage->attempt([this] {
        QString why;
        const Check c = m_reg.accounts().wouldAdd(m_login->text().trimmed(), role(),
                                                  m_fullName->text().trimmed(), m_password->text());
        if (!c)
            why = c.refusal().message;
        else if (m_again->text() != m_password->text())
            why = tr("Password again: the two passwords differ.");
        m_refusal->setText(why);
        m_refusal->setVisible(!why.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    });
}

QString NewAccountDialog::refusalText() const
{
    return m_refusal->isVisibleTo(this) ? m_refusal->text() : QString();
}

void NewAccountDialog::setLogin(const QString& login)
{
    m_login->setText(login);
}
void NewAccountDialog::setFullName(const QString& name)
{
    m_fullName->setText(name);
}
void NewAccountDialog::setRole(Role role)
{
    if (m_role->isEnabled())
        m_role->setCurrentIndex(m_role->findData(int(role)));
}
void NewAccountDialog::setPasswords(const QString& password, const QString& again)
{
    m_password->setText(password);
    m_again->setText(again);
}
QString NewAccountDialog::password() const
{
    return m_password->text();
}

void NewAccountDialog::accept()
{
    m_storage->attempt([this] { record(); });
}

void NewAccountDialog::record()
{
    if (m_again->text() != m_password->text())
        return; // OK is disabled meanwhile
    const Outcome<Account> added = m_reg.accounts().add(
        m_login->text().trimmed(), role(), m_fullName->text().trimmed(), m_password->text());
    if (!added) { // e.g. another admin took the login meanwhile
        m_refusal->setText(added.refusal().message);
        m_refusal->setVisible(true);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_account = added.value();
    QDialog::accept();
}

} // namespace cinereg::ui
