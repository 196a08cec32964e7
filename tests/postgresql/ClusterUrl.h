#pragma once

#include <QFile>
#include <QUrl>

// The URL of the throwaway cluster that the ctest fixture `postgresql` started
// (scripts/pg-cluster.sh writes it to the file named by CINEREG_PG_URL_FILE); empty outside ctest.
inline QUrl clusterUrl()
{
    QFile file(qEnvironmentVariable("CINEREG_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QUrl(QString::fromUtf8(file.readAll()).trimmed());
}
