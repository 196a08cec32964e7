#pragma once

#include "BackgroundReader.h"
#include "dashboard/DashboardService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// The home page: the register's counts (companies, rights in force by tier, open dossiers), rights
// ending within 30, 60 or 90 days, suspended rights, dossiers due within 5 days or overdue, and
// authorized companies without a production for the settings' number of years. Double-click opens
// the company (or the dossier).
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(const Register& reg, QWidget* parent = nullptr);
    void reload();
    // Reads in the background; loaded() says when the lists are filled.
    bool loading() const { return m_reader.busy(); }
    QTreeWidget* expiring() const { return m_expiring; }
    QTreeWidget* suspended() const { return m_suspended; }
    QTreeWidget* inactive() const { return m_inactive; }
    QTreeWidget* dossiers() const { return m_dossiers; }
    // The count tiles' texts, e.g. "12" under "Authorized companies"; "…" while reading.
    // PendingProposals (decisions awaiting approval) shows only once the register has accounts.
    QString countText(int tile) const;
    bool tileShown(int tile) const;
    enum Tile {
        Companies,
        Authorized,
        National,
        International,
        OpenDossiers,
        Overdue,
        PendingProposals,
        TileCount
    };

Q_SIGNALS:
    void companyActivated(qint64 companyId);
    void loaded();
    void applicationActivated(qint64 applicationId);

private:
    QTreeWidget* makeList(const QStringList& headers);
    void loadExpiring();
    void fillRights(QTreeWidget* list, const QVector<RightAttention>& items, bool markUrgent);
    void showCounts(const RegisterCounts& counts);
    void showPendingProposals();
    QString rightCell(const Right& right) const;

    const Register& m_reg;
    BackgroundReader m_reader;
    QComboBox* m_horizon;
    QTreeWidget* m_expiring;
    QTreeWidget* m_suspended;
    QTreeWidget* m_inactive;
    QTreeWidget* m_dossiers;
    QList<QLabel*> m_counts;
    QList<QWidget*> m_tiles;
};

} // namespace cinereg::ui
