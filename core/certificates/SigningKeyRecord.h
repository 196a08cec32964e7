#pragma once

#include <QDateTime>
#include <QString>

namespace cinereg {

// A public signing key the register knows: when and by whom it was added, and whether an
// administrator registered it (only registered keys verify and issue).
struct SigningKeyRecord
{
    QString keyId;
    QDateTime addedAt;
    QString addedBy;
    bool registered = false;
};

} // namespace cinereg
