#include "TempRegister.h"

#include "TestServer.h"

namespace cinereg::test {

TempRegister::TempRegister(QDate today, const QString& user)
    : m_path(m_dir.filePath(QStringLiteral("register.cinereg"))), m_clock(today), m_user(user)
{
    if (TestServer::active()) {
        m_onServer = true;
        m_path = TestServer::freshRegister(user);
    }
    m_register = std::make_unique<Register>(m_path, m_clock, m_user);
}

TempRegister::~TempRegister()
{
    m_register.reset();
    if (m_onServer)
        TestServer::drop(m_path);
}

void TempRegister::reopen()
{
    m_register.reset();
    m_register = std::make_unique<Register>(m_path, m_clock, m_user);
}

QString validIce(int n)
{
    // 9 company digits, 0000 for the head office, then the 2-digit key making the number a
    // multiple of 97.
    const qint64 body = (100000000LL + n) * 10000LL;
    const qint64 key = (97 - (body * 100) % 97) % 97;
    return QStringLiteral("%1%2")
        .arg(body, 13, 10, QLatin1Char('0'))
        .arg(key, 2, 10, QLatin1Char('0'));
}

Company sampleCompany(int n, const QString& form, qint64 capital)
{
    Company c;
    c.name = QStringLiteral("Atlas Productions %1").arg(n);
    c.nameAr = QStringLiteral("أطلس للإنتاج %1").arg(n);
    c.legalForm = form;
    c.rcNumber = QString::number(250000 + n);
    c.rcCourt = QStringLiteral("Casablanca");
    c.ice = validIce(n);
    c.capital = capital;
    c.address = QStringLiteral("12 boulevard Zerktouni");
    c.city = QStringLiteral("Casablanca");
    c.manager = QStringLiteral("Nadia Bennani");
    return c;
}

} // namespace cinereg::test
