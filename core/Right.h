#pragma once

#include "Types.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace cinereg {

// One dated decision in the life of a right. Decisions are never edited: a mistake is corrected
// by a new, explained decision.
struct Decision
{
    qint64 id = 0;
    DecisionType type = DecisionType::Grant;
    QDate effective;    // the day it takes effect
    QString reference;  // the decision's official reference
    QDate decisionDate; // the day it was signed
    QString reason;     // required for suspension and revocation
    QDate validUntil;   // grant and renewal: the end of validity (null = unlimited)
    QString enteredBy;
    QDateTime enteredAt;
    // Four eyes (a register with accounts): the proposal it came from, who proposed it and who
    // approved it (enteredBy is then the approver). 0 / empty in single-user mode.
    qint64 proposalId = 0;
    QString proposedBy;
    QString approvedBy;
};

// An authorization or an accreditation of one tier, with its whole history (oldest first).
struct Right
{
    qint64 id = 0;
    qint64 companyId = 0;
    RightKind kind = RightKind::Authorization;
    QString number;
    QDate validFrom;
    QVector<Decision> history;

    bool isAccreditation() const { return kind != RightKind::Authorization; }
    const Decision& grant() const { return history.front(); }
};

} // namespace cinereg
