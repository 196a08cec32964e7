#pragma once

#include "Clock.h"
#include "Company.h"
#include "services/Register.h"

#include <memory>
#include <QTemporaryDir>

namespace cinereg::test {

// A fresh register file in a temporary folder, on a fixed day, for one test; with CINEREG_TEST_PG
// set, a fresh register database on the test server instead (TestServer), for a login named
// `user`, dropped afterwards.
class TempRegister
{
public:
    explicit TempRegister(QDate today = QDate(2026, 3, 2),
                          const QString& user = QStringLiteral("clerk"));
    ~TempRegister();
    TempRegister(const TempRegister&) = delete;
    TempRegister& operator=(const TempRegister&) = delete;
    Register& reg() { return *m_register; }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; } // the file, or the server register's address
    // A temporary folder of this test's own, for files kept beside the register (signing keys,
    // scans, backups), on a server as with a file.
    QString folder() const { return m_dir.path(); }
    bool onServer() const { return m_onServer; }
    void reopen(); // closes and opens the file again

private:
    QTemporaryDir m_dir;
    QString m_path;
    bool m_onServer = false;
    FixedClock m_clock;
    QString m_user;
    std::unique_ptr<Register> m_register;
};

// A valid company ready to register: distinct ICE (key mod 97) and RC for each `n`.
Company sampleCompany(int n, const QString& form = QStringLiteral("SARL"),
                      qint64 capital = 1000000);
// A 15-digit ICE with a valid check key derived from `n`.
QString validIce(int n);

} // namespace cinereg::test
