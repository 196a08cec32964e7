#pragma once

#include "BackgroundReader.h"
#include "EligibilityModel.h"
#include "Production.h"
#include "services/ProductionService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;

// Records a production. The executor picker lists only the companies that may execute a
// production of the chosen kind on every shooting day, computed on a worker thread (on a large
// register it takes seconds, and it changes with every date typed); the core checks again on OK.
class ProductionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProductionDialog(const Register& reg, QWidget* parent = nullptr);
    void preselectExecutor(qint64 companyId);
    int executorCount() const; // eligible companies offered
    // True while the candidates are computed in the background; executorsLoaded() says when
    // the picker is filled.
    bool loadingExecutors() const { return m_reader.busy(); }
    void accept() override;
    QString storageFailure() const;

    QLineEdit* titleEdit() const { return m_title; }
    void setKind(ProductionKind kind);
    void setDates(QDate from, QDate to);

signals:
    void executorsLoaded();

private:
    void record();
    void fillExecutors(const QVector<Eligibility>& candidates);
    Production production() const;
    void refreshExecutors();
    void refreshCheck();

    const Register& m_reg;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_executor;
    QLineEdit* m_producer;
    QLineEdit* m_country;
    QLineEdit* m_mandate;
    QLineEdit* m_permit;
    QLabel* m_refusal;
    StorageFailureBar* m_storage = nullptr;
    QDialogButtonBox* m_buttons;
    qint64 m_wanted = 0;
    EligibilityModel* m_candidates; // the picker's rows: tens of thousands on a large register
    BackgroundReader m_reader;
};

} // namespace cinereg::ui
