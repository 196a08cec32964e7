#include "GuardedApplication.h"

#include "StorageError.h"

#include <QLoggingCategory>

namespace cinereg::ui {

namespace {
std::function<void(const QString&)>& handler()
{
    static std::function<void(const QString&)> current;
    return current;
}
} // namespace

GuardedApplication::GuardedApplication(int& argc, char** argv) : QApplication(argc, argv) {}

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StorageError& e) {
        if (!reportStorageFailure(e.message()))
            qWarning("cinereg: %s", qPrintable(e.message()));
        return false;
    }
}

void GuardedApplication::setStorageFailureHandler(std::function<void(const QString&)> h)
{
    handler() = std::move(h);
}

bool GuardedApplication::reportStorageFailure(const QString& message)
{
    if (!handler())
        return false;
    handler()(message);
    return true;
}

} // namespace cinereg::ui
