#pragma once

#include <QDialog>
#include <QStringList>

class QLineEdit;
class QSpinBox;

namespace cinereg::ui {

// File → Connect to a server…: the host, port, database and login of a register kept on a
// PostgreSQL server. No password field: cinereg never stores one (libpq reads ~/.pgpass; when the
// server asks for a password there is none for, the window asks for it, for this session only).
// Filled with the most recent server; the servers connected to are remembered in QSettings.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // postgresql://LOGIN@HOST:PORT/DATABASE (LOGIN@ left out when empty).
    QString address() const;
    void setAddress(const QString& address);

    // The servers connected to, most recent first (at most eight).
    static QStringList recentServers();
    static void remember(const QString& address);

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portEdit() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* loginEdit() const { return m_login; }

private:
    void acceptIfComplete();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
};

} // namespace cinereg::ui
