#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;

// A new password for an account (an admin resetting it, or one's own), typed twice. The core
// checks it (length, role) when it is recorded; a refusal shows here and nothing changes.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const Register& reg, const QString& login, QWidget* parent = nullptr);

    void setPasswords(const QString& password, const QString& again);
    QString refusalText() const;
    void accept() override;

private:
    void refresh();
    void record();

    const Register& m_reg;
    QString m_loginName;
    QLineEdit* m_password;
    QLineEdit* m_again;
    QLabel* m_refusal;
    StorageFailureBar* m_storage;
    QDialogButtonBox* m_buttons;
};

} // namespace cinereg::ui
