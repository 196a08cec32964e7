#include "RawEdit.h"

#include "TestServer.h"

#include <gtest/gtest.h>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cinereg::test {

void tamper(const TempRegister& t, const QStringList& onFile, const QStringList& onServer)
{
    if (t.onServer()) {
        for (const QString& s : onServer)
            ASSERT_EQ(TestServer::asSuperuser(t.path(), s), QString()) << s.toStdString();
        return;
    }
    const QString connection = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(t.path());
        ASSERT_TRUE(db.open());
        for (const QString& s : onFile) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

void tamper(const TempRegister& t, const QString& statement)
{
    tamper(t, QStringList{statement}, QStringList{statement});
}

QString blobLiteral(const TempRegister& t, const QByteArray& bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    return t.onServer() ? QStringLiteral("'\\x%1'::bytea").arg(hex)
                        : QStringLiteral("X'%1'").arg(hex);
}

} // namespace cinereg::test
