#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;

// The accounts of the register, for an admin: create one, disable or enable it, change its role,
// reset its password. Accounts are never deleted. Each change goes through the core, which
// refuses what the signed-in role may not do and, e.g., disabling the last admin: the refusal
// shows under the list and nothing changes. Other roles see the list with the buttons disabled,
// the reason in their tooltip.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(const Register& reg, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    void select(const QString& login);
    QString selectedLogin() const;
    // The actions on the selected account, as the buttons do them (without their dialogs).
    void toggleActive();
    void changeRole(int role); // a Role
    QString message() const;   // the last refusal, empty when none
    QPushButton* newButton() const { return m_new; }
    QPushButton* activeButton() const { return m_active; }
    QPushButton* roleButton() const { return m_setRole; }
    QPushButton* passwordButton() const { return m_password; }
    void reload();

private:
    void updateButtons();
    void showRefusal(const QString& refusal);
    void newAccount();
    void newPassword();

    const Register& m_reg;
    QTreeWidget* m_list;
    QComboBox* m_role;
    QPushButton* m_new;
    QPushButton* m_active;
    QPushButton* m_setRole;
    QPushButton* m_password;
    QLabel* m_message;
    StorageFailureBar* m_storage;
    bool m_mayManage = false;
};

} // namespace cinereg::ui
