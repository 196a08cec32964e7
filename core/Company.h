#pragma once

#include <optional>
#include <QDate>
#include <QString>
#include <QVector>

namespace cinereg {

struct Membership
{
    QString body; // one of the settings' professional bodies, e.g. "CNPF"
    QDate since;  // may be unknown (null)
};

struct Company
{
    qint64 id = 0;
    QString name;   // Latin script
    QString nameAr; // Arabic script, optional
    QString legalForm;
    QString rcNumber;
    QString rcCourt;
    QString ice;                  // 15 digits, spaces removed
    bool iceKeyConfirmed = false; // the clerk accepted an ICE whose check key fails
    QString taxId;                // IF
    QString cnss;
    std::optional<qint64> capital; // MAD, fully paid
    QString address;
    QString city;
    QString manager;
    QString managerId; // CNIE or residence permit
    QString email;
    QString phone;
    QVector<Membership> memberships;
};

} // namespace cinereg
