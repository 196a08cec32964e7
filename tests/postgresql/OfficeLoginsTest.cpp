// The logins of an office as the README's "An office's server" sets them up: an owner who is no
// superuser creates the schema and restores, a clerk who is only a member of cinereg_clerk
// works, the clerk may not restore. Runs on the test cluster (CINEREG_TEST_PG).
#include "Clock.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/Register.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QUrl>

namespace cinereg::test {
namespace {

TEST(OfficeLogins, AClerkWhoIsNoSuperuserAddsACompanyRecordedUnderHerLogin)
{
    if (!TestServer::active())
        GTEST_SKIP() << "needs the test cluster (CINEREG_TEST_PG)";
    const QString address = TestServer::freshRegister({});
    ASSERT_EQ(TestServer::asSuperuser(
                  address, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                          "rolname = 'office_clerk') THEN CREATE ROLE office_clerk "
                                          "LOGIN NOSUPERUSER IN ROLE cinereg_clerk; END IF; "
                                          "END $$")),
              QString());
    QUrl url(address);
    url.setUserName(QStringLiteral("office_clerk"));
    {
        FixedClock clock(QDate(2026, 11, 26));
        Register reg(url.toString(), clock, QStringLiteral("someone else"));
        const Outcome<qint64> added = reg.companies().add(sampleCompany(1));
        ASSERT_TRUE(added.ok());
        EXPECT_GT(added.value(), 0);
        EXPECT_EQ(reg.integrity().auditTrail().last().user, QStringLiteral("office_clerk"));
        EXPECT_EQ(reg.integrity().findings(), QStringList());
    }
    TestServer::drop(address);
}

} // namespace
} // namespace cinereg::test
