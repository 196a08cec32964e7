#include "Register.h"

#include "../JsonExport.h"
#include "../store/AuditLog.h"
#include "../store/Database.h"
#include "../store/SettingsStore.h"
#include "ChangeFeed.h"
#include "CompanyService.h"
#include "HeadSigning.h"
#include "IntegrityService.h"
#include "ProductionService.h"
#include "RightService.h"
#include "Version.h"

#include <QProcessEnvironment>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace cinereg {

Register::Register(const QString& path, const Clock& clock, QString user)
    : m_db(std::make_unique<Database>(path, HeadSigning::signer())), m_clock(clock),
      m_user(user.isEmpty() ? systemUser() : std::move(user))
{
    // On a server, the name recorded with every change is the login the server authenticated,
    // never what the client claims (the server refuses any other author).
    if (!m_db->serverLogin().isEmpty())
        m_user = m_db->serverLogin();
    // Which version of the program created or upgraded the register stays in its audit trail,
    // so that a file found later tells what wrote it.
    const int found = m_db->schemaVersionFound();
    if (found < Database::SchemaVersion) {
        Transaction tx(*m_db);
        AuditLog(*m_db).append(
            {0, m_clock.now(), m_user, QStringLiteral("register"), 0,
             found == 0 ? QStringLiteral("create") : QStringLiteral("upgrade"),
             QJsonObject{{QStringLiteral("program_version"), QStringLiteral(CINEREG_VERSION)},
                         {QStringLiteral("schema_from"), found},
                         {QStringLiteral("schema_to"), Database::SchemaVersion}}});
        tx.commit();
    }
    m_changes = std::make_unique<ChangeFeed>(*m_db);
    m_db->setCommitListener([this, feed = m_changes.get()] {
        ++m_commits;
        feed->committed();
    });
}

Register::~Register()
{
    m_db->setCommitListener({});
}

QString Register::location() const
{
    return m_db->path();
}

QString Register::displayName() const
{
    if (!isOnServer())
        return m_db->path();
    const QUrl url(m_db->path());
    return QStringLiteral("%1@%2/%3").arg(m_db->serverLogin(), url.host(), url.path().mid(1));
}

bool Register::isOnServer() const
{
    return m_db->dialect().isServer();
}

bool Register::isServerAddress(const QString& location)
{
    return Database::isServerAddress(location);
}

void Register::setSessionPassword(const QString& location, const QString& password)
{
    Database::setSessionPassword(location, password);
}

QString Register::defaultLocation()
{
    return Database::defaultPath();
}

Settings Register::settings() const
{
    if (m_pinnedSettings)
        return *m_pinnedSettings;
    return SettingsStore(*m_db).load();
}

Register::SettingsPin::SettingsPin(const Register& reg)
    : m_reg(reg), m_outermost(!reg.m_pinnedSettings)
{
    if (m_outermost)
        m_reg.m_pinnedSettings = SettingsStore(*m_reg.m_db).load();
}

Register::SettingsPin::~SettingsPin()
{
    if (m_outermost)
        m_reg.m_pinnedSettings.reset();
}

void Register::saveSettings(const Settings& settings)
{
    m_pinnedSettings.reset(); // no pin outlives a change of the settings
    Transaction tx(*m_db);
    SettingsStore(*m_db).save(settings);
    AuditLog(*m_db).append({0, m_clock.now(), m_user, QStringLiteral("settings"), 0,
                            QStringLiteral("change"), settings.toJson()});
    tx.commit();
}

CompanyService Register::companies() const
{
    return CompanyService(*this);
}
RightService Register::rights() const
{
    return RightService(*this);
}
ProductionService Register::productions() const
{
    return ProductionService(*this);
}
IntegrityService Register::integrity() const
{
    return IntegrityService(*this);
}

QString Register::systemUser()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = env.value(QString::fromLatin1(name));
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd* account = getpwuid(geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace cinereg
