#include "ConnectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
const QString RecentKey = QStringLiteral("recentServers");
constexpr int RecentCount = 8;
constexpr int DefaultPort = 5432;
} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_login(new QLineEdit(this))
{
    setWindowTitle(tr("Connect to a server"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultPort);
    // Names and addresses are Latin whatever the window's language.
    for (QLineEdit* edit : {m_host, m_database, m_login}) {
        edit->setLayoutDirection(Qt::LeftToRight);
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[A-Za-z0-9_.:-]*")), edit));
    }
    m_port->setLayoutDirection(Qt::LeftToRight);
    m_host->setPlaceholderText(tr("e.g. registre.ccm.local"));
    m_database->setPlaceholderText(tr("e.g. cinereg"));
    m_login->setPlaceholderText(tr("your login on the server"));

    auto* explanation = new QLabel(
        tr("The register of the office is kept on a PostgreSQL server. cinereg never stores a "
           "password: it is read from ~/.pgpass, or asked for when the server needs one."),
        this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::acceptIfComplete);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* column = new QVBoxLayout(this);
    column->addWidget(explanation);
    column->addLayout(form);
    column->addWidget(buttons);
    setMinimumWidth(460);

    const QStringList recent = recentServers();
    if (!recent.isEmpty())
        setAddress(recent.first());
}

QString ConnectDialog::address() const
{
    const QString login = m_login->text().trimmed();
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(login.isEmpty() ? QString() : login + QLatin1Char('@'), m_host->text().trimmed())
        .arg(m_port->value())
        .arg(m_database->text().trimmed());
}

void ConnectDialog::setAddress(const QString& address)
{
    const QUrl url(address);
    m_host->setText(url.host());
    m_port->setValue(url.port(DefaultPort));
    m_database->setText(url.path().mid(1));
    m_login->setText(url.userName());
}

QStringList ConnectDialog::recentServers()
{
    return QSettings().value(RecentKey).toStringList();
}

void ConnectDialog::remember(const QString& address)
{
    QStringList recent = recentServers();
    recent.removeAll(address);
    recent.prepend(address);
    QSettings().setValue(RecentKey, recent.mid(0, RecentCount));
}

void ConnectDialog::acceptIfComplete()
{
    const std::pair<QLineEdit*, QString> required[] = {{m_host, tr("Server")},
                                                       {m_database, tr("Database")}};
    for (const auto& [edit, field] : required)
        if (edit->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("%1: required.").arg(field));
            edit->setFocus();
            return;
        }
    accept();
}

} // namespace cinereg::ui
