#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <QObject>
#include <QString>

class QWidget;

namespace cinereg {
class Clock;
class Register;
} // namespace cinereg

namespace cinereg::ui {

class MainWindow;

// The register the program has open and its window. File → Connect to a server… and File → Open
// a register file… come here: the new register is opened first, and only when that succeeded
// does its window replace the current one (which stays open, untouched, when it failed). A server
// that asks for a password libpq found nowhere gets one asked of the clerk, kept in memory for
// this session only. Servers connected to are remembered (ConnectDialog::recentServers).
class RegisterSession : public QObject
{
    Q_OBJECT

public:
    RegisterSession(const Clock& clock, QString user);
    ~RegisterSession() override;

    // Opens `location` (a file's path or postgresql://...). On failure shows why (showError)
    // and returns false, the current register and window left as they were.
    bool open(const QString& location);
    // Takes a register opened elsewhere (the demonstration register) and shows its window.
    void adopt(std::unique_ptr<Register> reg);

    MainWindow* window() const { return m_window.get(); }
    Register* currentRegister() const { return m_reg.get(); }

    // How the clerk is asked for a password (default: a dialog); nullopt when cancelled.
    void setPasswordPrompt(std::function<std::optional<QString>(const QString& address)> prompt)
    {
        m_askPassword = std::move(prompt);
    }
    // How the clerk signs in to a register that has accounts (default: the sign-in dialog);
    // false when they quit instead.
    void setSignIn(std::function<bool(Register& reg)> signIn) { m_signIn = std::move(signIn); }
    // Whether the last open() failed only because nobody signed in (no error to show).
    bool signInDeclined() const { return m_signInDeclined; }
    // How a failure to open is shown (default: a message box over the window).
    void setErrorDisplay(std::function<void(const QString& message)> show)
    {
        m_showError = std::move(show);
    }

private:
    std::unique_ptr<Register> openRegister(const QString& location, QString& error);
    void showWindow();

    const Clock& m_clock;
    QString m_user;
    std::unique_ptr<Register> m_reg;
    std::unique_ptr<MainWindow> m_window;
    std::function<std::optional<QString>(const QString&)> m_askPassword;
    std::function<void(const QString&)> m_showError;
    std::function<bool(Register&)> m_signIn;
    bool m_signInDeclined = false;
};

} // namespace cinereg::ui
