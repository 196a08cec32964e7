#pragma once

#include <functional>
#include <QApplication>

namespace cinereg::ui {

// The window's application object: a StorageError that escapes an event handler (a view
// reading a locked or failing register) is handed to the main window, which shows it in place
// with a Retry, instead of ending the program with everything the clerk had on screen.
class GuardedApplication : public QApplication
{
public:
    GuardedApplication(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;

    static void setStorageFailureHandler(std::function<void(const QString&)> handler);
    // Hands `message` to the handler; false if none is set.
    static bool reportStorageFailure(const QString& message);
};

} // namespace cinereg::ui
