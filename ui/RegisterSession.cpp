#include "RegisterSession.h"

#include "ConnectDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "services/Register.h"
#include "StorageError.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace cinereg::ui {

RegisterSession::RegisterSession(const Clock& clock, QString user)
    : m_clock(clock), m_user(std::move(user))
{
    m_askPassword = [this](const QString& address) -> std::optional<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(
            m_window.get(), tr("Password"),
            tr("The server asks for the password of %1 (it is used for this session only and "
               "never stored):")
                .arg(address),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return password;
    };
    m_showError = [this](const QString& message) {
        QMessageBox::warning(m_window.get(), tr("The register could not be opened"), message);
    };
    m_signIn = [this](Register& reg) {
        LoginDialog login(reg, m_window.get());
        return login.exec() == QDialog::Accepted;
    };
}

RegisterSession::~RegisterSession()
{
    m_window.reset(); // before the register it shows
}

std::unique_ptr<Register> RegisterSession::openRegister(const QString& location, QString& error)
{
    const bool server = Register::isServerAddress(location);
    bool passwordGiven = false;
    for (;;) {
        try {
            return std::make_unique<Register>(location, m_clock, m_user);
        } catch (const StorageError& e) {
            if (e.kind() == StorageError::Kind::PasswordRequired && !passwordGiven) {
                const std::optional<QString> password = m_askPassword(location);
                if (password) {
                    Register::setSessionPassword(location, *password);
                    passwordGiven = true;
                    continue;
                }
            }
            switch (e.kind()) {
            case StorageError::Kind::PasswordRequired:
                error = tr("The server refused the login or its password (%1).").arg(location);
                break;
            case StorageError::Kind::CannotOpen:
                error = server ? tr("The server cannot be reached or refused the connection.") +
                                     QStringLiteral("\n\n") + e.message()
                               : e.message();
                break;
            default: // not a cinereg register, a newer schema, a damaged file: its own words
                error = e.message();
            }
            if (m_reg)
                error += QStringLiteral("\n\n") + tr("The register that was open stays open.");
            return nullptr;
        }
    }
}

bool RegisterSession::open(const QString& location)
{
    QString error;
    m_signInDeclined = false;
    std::unique_ptr<Register> reg = openRegister(location, error);
    if (!reg) {
        m_showError(error);
        return false;
    }
    // Once a register has accounts nobody works on it without signing in (the language can be
    // chosen there); single-user mode (no account yet, the demonstration) opens as before.
    if (reg->hasAccounts() && !m_signIn(*reg)) {
        m_signInDeclined = true;
        return false;
    }
    if (Register::isServerAddress(location))
        ConnectDialog::remember(location);
    adopt(std::move(reg));
    return true;
}

void RegisterSession::adopt(std::unique_ptr<Register> reg)
{
    // The old window goes before the register it shows.
    std::unique_ptr<MainWindow> old = std::move(m_window);
    const QByteArray geometry = old ? old->saveGeometry() : QByteArray();
    old.reset();
    m_window = std::make_unique<MainWindow>(*reg);
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    connect(m_window.get(), &MainWindow::openRequested, this, &RegisterSession::open,
            Qt::QueuedConnection);
    m_window->show();
    m_reg = std::move(reg);
}

} // namespace cinereg::ui
