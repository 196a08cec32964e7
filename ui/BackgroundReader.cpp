#include "BackgroundReader.h"

Q_LOGGING_CATEGORY(lcBackgroundRead, "cinereg.ui.background")

namespace cinereg::ui {

BackgroundReader::~BackgroundReader()
{
    for (const QPointer<QFutureWatcherBase>& watcher : m_running)
        if (watcher)
            watcher->waitForFinished();
}

} // namespace cinereg::ui
