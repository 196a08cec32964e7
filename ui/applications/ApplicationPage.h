#pragma once

#include "applications/Application.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;

// One dossier: what it asks for, its dates and status; the checklist of the pieces its kind
// requires (tick a piece with the date it bears; its state on today's date); the scans kept with
// the register (attach, open, save as); and the decision, the withdrawal and the receipt (print
// preview or PDF).
class ApplicationPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { PieceColumn, DatedColumn, StateColumn, ScanColumn };
    static constexpr int KindRole = Qt::UserRole + 1;

    ApplicationPage(const Register& reg, qint64 applicationId, QWidget* parent = nullptr);
    qint64 applicationId() const { return m_applicationId; }
    QString title() const;
    void reload();
    QTableWidget* checklist() const { return m_checklist; }
    QString problemText() const; // the last refusal shown on the page

    // What the checklist's tick does: records the piece with the row's date, or removes it.
    void setPieceTicked(PieceKind kind, bool ticked, QDate dated = {});
    // Attaches a file to the row's piece; refusals are shown on the page. Returns success.
    bool attachFile(PieceKind kind, const QString& path);
    bool saveScanAs(PieceKind kind, const QString& path);
    // Records the company's withdrawal with its reason; refusals are shown on the page.
    bool withdrawWith(const QString& reason);
    // Where a write that the register could not take (locked, failing) is shown, with Retry;
    // the page stays as the clerk left it (the tick, the date, the reason).
    StorageFailureBar* storageFailureBar() const { return m_storage; }

Q_SIGNALS:
    void registerChanged();
    void companyActivated(qint64 companyId);

private:
    std::optional<PieceKind> selectedKind() const;
    void showProblem(const QString& message);
    // The writes themselves, run through the storage failure bar.
    void writePiece(PieceKind kind, bool ticked, QDate dated);
    bool writeAttachment(PieceKind kind, const QString& path, const QByteArray& bytes);
    bool writeWithdrawal(const QString& reason);
    void updateActions();
    void decide();
    void withdraw();
    void printReceipt();
    void saveReceipt();
    void attachScan();
    void openScan();
    void saveScan();

    const Register& m_reg;
    qint64 m_applicationId;
    std::optional<Application> m_application;
    bool m_loading = false;
    bool m_written = false; // the outcome of the last write run through m_storage
    QLabel* m_heading;
    QLabel* m_details;
    QLabel* m_problem;
    StorageFailureBar* m_storage;
    QTableWidget* m_checklist;
    QPushButton* m_attach;
    QPushButton* m_open;
    QPushButton* m_saveAs;
    QPushButton* m_decide;
    QPushButton* m_withdraw;
    QPushButton* m_company;
};

} // namespace cinereg::ui
