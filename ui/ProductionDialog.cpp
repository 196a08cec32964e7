#include "ProductionDialog.h"

#include "CheckedDialogLayout.h"
#include "DateEditFormat.h"
#include "services/ProductionService.h"
#include "services/Register.h"
#include "StorageFailureBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cinereg::ui {

ProductionDialog::ProductionDialog(const Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_title(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_from(new QDateEdit(reg.today().addDays(30), this)),
      m_to(new QDateEdit(reg.today().addDays(60), this)), m_executor(new QComboBox(this)),
      m_producer(new QLineEdit(this)), m_country(new QLineEdit(this)),
      m_mandate(new QLineEdit(this)), m_permit(new QLineEdit(this)), m_refusal(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_reader(this, reg)
{
    setWindowTitle(tr("Record a production"));
    m_kind->addItem(Names::label(ProductionKind::National), Names::code(ProductionKind::National));
    m_kind->addItem(Names::label(ProductionKind::Foreign), Names::code(ProductionKind::Foreign));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        applyDateFormat(d);
    }
    m_country->setPlaceholderText(tr("ISO code, e.g. FR"));
    m_country->setMaxLength(2);
    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("First shooting day"), m_from);
    form->addRow(tr("Last shooting day"), m_to);
    // The candidates as a model, not one combo item each, and a width that does not measure
    // every name: 47,000 items blocked the window for seconds at 100,000 companies.
    m_candidates = new EligibilityModel(true, this);
    m_executor->setModel(m_candidates);
    m_executor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_executor->setMinimumContentsLength(40);
    form->addRow(tr("Executing company"), m_executor);
    form->addRow(tr("Foreign producer"), m_producer);
    form->addRow(tr("Producer's country"), m_country);
    form->addRow(tr("Mandate reference"), m_mandate);
    form->addRow(tr("Shooting permit"), m_permit);
    m_storage = new StorageFailureBar(this);
    layOutCheckedDialog(this, form, m_refusal, m_buttons, {}, m_storage);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProductionDialog::refreshExecutors);
    connect(m_from, &QDateEdit::dateChanged, this, &ProductionDialog::refreshExecutors);
    connect(m_to, &QDateEdit::dateChanged, this, &ProductionDialog::refreshExecutors);
    connect(m_executor, &QComboBox::currentIndexChanged, this, &ProductionDialog::refreshCheck);
    for (QLineEdit* e : {m_title, m_producer, m_country, m_mandate, m_permit})
        connect(e, &QLineEdit::textChanged, this, &ProductionDialog::refreshCheck);
    setMinimumWidth(520);
    refreshExecutors();
}

void ProductionDialog::preselectExecutor(qint64 companyId)
{
    m_wanted = companyId;
    refreshExecutors();
}

void ProductionDialog::setKind(ProductionKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(Names::code(kind)));
}

void ProductionDialog::setDates(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

int ProductionDialog::executorCount() const
{
    return m_executor->count();
}

Production ProductionDialog::production() const
{
    Production p;
    p.title = m_title->text();
    p.kind =
        Names::productionKind(m_kind->currentData().toString()).value_or(ProductionKind::National);
    p.executorId = m_executor->currentData().toLongLong();
    p.shootFrom = m_from->date();
    p.shootTo = m_to->date();
    p.foreignProducer = m_producer->text();
    p.country = m_country->text();
    p.mandate = m_mandate->text();
    p.shootingPermit = m_permit->text();
    return p;
}

void ProductionDialog::refreshExecutors()
{
    const bool foreign = m_kind->currentData().toString() == Names::code(ProductionKind::Foreign);
    for (QLineEdit* e : {m_producer, m_country, m_mandate})
        e->setEnabled(foreign);
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (to < from) {
        m_reader.forget();
        fillExecutors({});
        return;
    }
    const auto kind =
        Names::productionKind(m_kind->currentData().toString()).value_or(ProductionKind::National);
    m_refusal->setText(tr("Looking for the companies that may execute it…"));
    m_refusal->setVisible(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_reader.start(
        [kind, from, to](const Register& reader) {
            return reader.productions().eligibility(kind, from, to);
        },
        [this](const QVector<Eligibility>& candidates) { fillExecutors(candidates); });
}

void ProductionDialog::fillExecutors(const QVector<Eligibility>& candidates)
{
    const qint64 keep =
        m_executor->currentData().toLongLong() ? m_executor->currentData().toLongLong() : m_wanted;
    m_executor->blockSignals(true);
    m_candidates->setEntries(candidates);
    const int index = m_candidates->rowOf(keep);
    m_executor->setCurrentIndex(index >= 0 ? index : 0);
    m_executor->blockSignals(false);
    refreshCheck();
    emit executorsLoaded();
}

void ProductionDialog::refreshCheck()
{
    if (m_reader.busy())
        return; // the candidates are still being computed: OK stays disabled meanwhile
    m_storage->attempt([this] {
        QString problem;
        if (m_executor->count() == 0)
            problem =
                tr("No company may execute a production of this kind on every one of these days.");
        else if (const Check c = m_reg.productions().wouldAdd(production()); !c)
            problem = c.refusal().message;
        m_refusal->setText(problem);
        m_refusal->setVisible(!problem.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    });
}

void ProductionDialog::accept()
{
    m_storage->attempt([this] { record(); });
}

void ProductionDialog::record()
{
    const Outcome<qint64> added = m_reg.productions().add(production());
    if (!added) {
        m_refusal->setText(added.refusal().message);
        m_refusal->setVisible(true);
        return;
    }
    QDialog::accept();
}

QString ProductionDialog::storageFailure() const
{
    return m_storage->message();
}

} // namespace cinereg::ui
