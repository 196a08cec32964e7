#pragma once

#include "accounts/Account.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;

// A new account: login, full name, role and the password typed twice. As it is filled in, the
// core says whether it would be refused (login taken or malformed, password too short, ...) and
// OK stays disabled with the reason shown. The first account of a register (single-user mode)
// can only be an admin: the role is fixed and the dialog says that it ends single-user mode.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAccountDialog(const Register& reg, QWidget* parent = nullptr);

    bool firstAccount() const { return m_first; }
    void setLogin(const QString& login);
    void setFullName(const QString& name);
    void setRole(Role role);
    void setPasswords(const QString& password, const QString& again);
    QString refusalText() const; // empty while the account would be accepted
    // Valid once accepted.
    Account account() const { return m_account; }
    QString password() const;
    void accept() override;

private:
    Role role() const;
    void refresh();
    void record();

    const Register& m_reg;
    bool m_first;
    QLineEdit* m_login;
    QLineEdit* m_fullName;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_again;
    QLabel* m_refusal;
    StorageFailureBar* m_storage;
    QDialogButtonBox* m_buttons;
    Account m_account;
};

} // namespace cinereg::ui
