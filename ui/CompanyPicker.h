#pragma once

#include "BackgroundReader.h"
#include "services/CompanyService.h"

#include <optional>
#include <QLineEdit>
#include <QSet>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// Chooses one company of the register by typing: a line edit whose popup lists the companies
// the core's search finds (folded Latin and Arabic, ICE, RC), each with its ICE, its names in
// French and Arabic and its standing today. The search runs on a worker thread, at most
// MaxShown companies are shown, so it never blocks on 100,000 companies. Down opens the list,
// Enter chooses. Editing the text after a choice forgets the choice.
class CompanyPicker : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int MaxShown = 50;

    explicit CompanyPicker(const Register& reg, QWidget* parent = nullptr);

    // Offers only these companies (the eligible executors of a production); nullopt: any.
    // `tier`, if given, narrows the search to the holders of that right and shows its standing.
    void restrictTo(std::optional<QSet<qint64>> allowed, std::optional<RightKind> tier = {});
    int allowedCount() const { return m_allowed ? int(m_allowed->size()) : -1; }

    qint64 companyId() const { return m_companyId; }
    // Chooses the company (read at once: one row). 0 forgets the choice.
    void setCompany(qint64 id);

    // The companies of the last search, as offered in the popup.
    QStringList offered() const;
    bool searching() const { return m_reader.busy() || m_pending; }
    QCompleter* popupCompleter() const { return m_completer; }
    // Searches the text now (the clerk's typing waits a moment for more keys).
    void searchNow();

Q_SIGNALS:
    void companyChanged(qint64 id);
    void resultsReady();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void present(const QVector<CompanyListEntry>& found);
    void choose(const QModelIndex& index);
    QString chosenText(const CompanySummary& company) const;

    const Register& m_reg;
    BackgroundReader m_reader;
    QCompleter* m_completer;
    QStandardItemModel* m_found;
    QTimer* m_typing;
    std::optional<QSet<qint64>> m_allowed;
    std::optional<RightKind> m_tier;
    qint64 m_companyId = 0;
    bool m_pending = false;
};

} // namespace cinereg::ui
