#pragma once

#include "Clock.h"
#include "services/Register.h"
#include "StorageError.h"

#include <QDate>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

Q_DECLARE_LOGGING_CATEGORY(lcBackgroundRead)

namespace cinereg::ui {

// Reads the register on a worker thread, for views whose data takes seconds to compute on
// 100,000 companies (the dashboard, "who may execute?"). The worker opens its own connection to
// the same file (SQLite's WAL lets it read while the clerk works) on the register's day; the
// answer is handed back on the owner's thread, and only the newest one: a view asked again
// before the previous answer came drops it. Destroying the reader waits for a read still running.
class BackgroundReader
{
public:
    BackgroundReader(QObject* owner, const Register& reg) : m_owner(owner), m_reg(reg) {}
    ~BackgroundReader();
    BackgroundReader(const BackgroundReader&) = delete;
    BackgroundReader& operator=(const BackgroundReader&) = delete;

    bool busy() const { return m_busy; }
    // The answer of a read still running will not be handed over (the question changed).
    void forget()
    {
        ++m_generation;
        m_busy = false;
    }

    // `read(const Register&)` runs on the worker and returns a T; `done(T)` runs on the owner's
    // thread. A storage problem on the worker is logged and gives an empty T: the window reports
    // storage problems on its own reads.
    template <typename Read, typename Done> void start(Read read, Done done)
    {
        using T = decltype(read(std::declval<const Register&>()));
        const int generation = ++m_generation;
        m_busy = true;
        auto* watcher = new QFutureWatcher<T>(m_owner);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner,
                         [this, watcher, generation, done] {
                             m_running.removeOne(watcher);
                             watcher->deleteLater();
                             if (generation != m_generation)
                                 return;
                             m_busy = false;
                             done(watcher->result());
                         });
        m_running.append(watcher);
        const QString path = m_reg.location();
        const QDate today = m_reg.today();
        watcher->setFuture(QtConcurrent::run([path, today, read] {
            try {
                const FixedClock clock(today);
                const Register reader(path, clock, QString());
                return read(reader);
            } catch (const StorageError& e) {
                qCWarning(lcBackgroundRead) << e.message();
                return T();
            }
        }));
    }

private:
    QObject* m_owner;
    const Register& m_reg;
    // Watchers are children of the owner, deleted after this reader: never reached from it then.
    QList<QPointer<QFutureWatcherBase>> m_running;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace cinereg::ui
