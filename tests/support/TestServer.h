#pragma once

#include <QString>

namespace cinereg::test {

// The suites run a second time against a real PostgreSQL server when the environment variable
// CINEREG_TEST_PG names the file holding the throwaway cluster's URL (the ctest fixture
// `postgresql`, scripts/pg-cluster.sh). Each register is then a fresh database of that cluster,
// copied from a migrated template, for a login of the test's user name.
namespace TestServer {
bool active();
// A new, empty (migrated) register database on the server for `login` (created as a
// superuser role if missing): its postgresql:// address.
QString freshRegister(const QString& login);
// The same register's address for another server login, created (as a superuser role) if
// missing: on a server, an account signs in only as the server login of the same name.
QString asLogin(const QString& address, const QString& login);
// Drops it (after every connection to it is closed).
void drop(const QString& address);
// Runs one SQL statement as the cluster's superuser in the register's database (raw edits of
// the tests); returns the server's error text, empty on success.
QString asSuperuser(const QString& address, const QString& sql);
// The first column of the first row of `sql`, read as the superuser (-1 when it fails).
qint64 countAsSuperuser(const QString& address, const QString& sql);
} // namespace TestServer

// Skips the current test on a server register, saying why (GTEST_SKIP only works in the test).
#define SKIP_ON_SERVER(reason)                                                                     \
    do {                                                                                           \
        if (::cinereg::test::TestServer::active())                                                 \
            GTEST_SKIP() << "on a PostgreSQL register: " << (reason);                              \
    } while (false)

} // namespace cinereg::test
