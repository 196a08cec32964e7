#pragma once

#include <functional>
#include <QFrame>

class QLabel;
class QPushButton;

namespace cinereg::ui {

// Where a dialog or the window says that the register could not be read or written (locked by
// another user, a failing disk), with a Retry. Every call the window makes into the core goes
// through attempt(): a StorageError becomes this message in place, the window stays up and what
// the clerk typed stays in the dialog. Hidden while nothing has failed.
class StorageFailureBar : public QFrame
{
    Q_OBJECT

public:
    explicit StorageFailureBar(QWidget* parent = nullptr);

    // Runs `call`; returns false, showing the failure, if it threw a StorageError. Retry runs
    // the failed call again.
    bool attempt(std::function<void()> call);
    // Shows a failure caught elsewhere (e.g. by the application's last-chance handler) whose
    // retry is `retry`.
    void report(const QString& message, std::function<void()> retry);

    QString message() const;
    QPushButton* retryButton() const { return m_retry; }

private:
    void retry();

    std::function<void()> m_failed;
    QLabel* m_message;
    QPushButton* m_retry;
};

} // namespace cinereg::ui
