#pragma once

#include <QBrush>
#include <QWidget>

class QCheckBox;
class QTreeWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// The dossiers: open ones first, soonest deadline first, overdue ones highlighted; then the
// decided and withdrawn ones. Double-click opens the dossier.
class ApplicationsView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        DeadlineColumn,
        ReceiptColumn,
        CompanyColumn,
        SubjectColumn,
        ReceivedColumn,
        StatusColumn,
        MissingColumn
    };
    static constexpr int ApplicationIdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;

    explicit ApplicationsView(const Register& reg, QWidget* parent = nullptr);
    void reload();
    QTreeWidget* list() const { return m_list; }
    void setOpenOnly(bool openOnly);
    void newApplication();

    static QBrush overdueBackground();
    static QBrush overdueForeground();
    static QBrush nearForeground();

Q_SIGNALS:
    void applicationActivated(qint64 applicationId);
    void registerChanged();

private:
    const Register& m_reg;
    QCheckBox* m_openOnly;
    QTreeWidget* m_list;
};

} // namespace cinereg::ui
