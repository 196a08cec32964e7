#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cinereg {

// One entry of a register's audit trail: who changed which record, when, and how.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString entity; // company, authorization, accreditation, production, settings, certificate
    qint64 entityId = 0;
    QString action;
    QJsonObject details;
};

} // namespace cinereg
