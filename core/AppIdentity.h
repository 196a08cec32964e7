#pragma once

#include "Version.h"

#include <QCoreApplication>

namespace cinereg {

// The same organisation and application names in the window and the CLI, so that both open
// the same default register under QStandardPaths::AppDataLocation.
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CCM"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("ccm.ma"));
    QCoreApplication::setApplicationName(QStringLiteral("cinereg"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CINEREG_VERSION));
}

} // namespace cinereg
