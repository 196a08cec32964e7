#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;

// Signing in at start, once the register has accounts: login and password, and the language
// (French, Arabic, English) chosen there too. A refused sign-in (unknown login, wrong password,
// disabled account) shows the core's message and the dialog stays, the password cleared; the
// register's signed-in account is set only when it is accepted.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Register& reg, QWidget* parent = nullptr);

    void setLogin(const QString& login);
    void setPassword(const QString& password);
    QString message() const; // the refusal shown, empty while none
    QComboBox* languageBox() const { return m_language; }
    QPushButton* signInButton() const { return m_signIn; }
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void signIn();

    Register& m_reg;
    QFormLayout* m_form;
    QLabel* m_intro;
    QComboBox* m_language;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_message;
    StorageFailureBar* m_storage;
    QDialogButtonBox* m_buttons;
    QPushButton* m_signIn;
    QPushButton* m_quit;
};

} // namespace cinereg::ui
