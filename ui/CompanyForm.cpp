#include "CompanyForm.h"

#include "CommercialCourts.h"
#include "FormConventions.h"
#include "Identifiers.h"
#include "services/CompanyService.h"
#include "services/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace cinereg::ui {

CompanyForm::CompanyForm(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_layout(new QFormLayout(this)), m_form(new QComboBox(this)),
      m_confirmIce(new QCheckBox(tr("The ICE is right although its check key fails"), this)),
      m_bodies(new QListWidget(this))
{
    m_layout->addRow(requiredLegend(this));
    addLine(QStringLiteral("name"), tr("Name (Latin script)"));
    addLine(QStringLiteral("name-ar"), tr("Name (Arabic script)"))
        ->setLayoutDirection(Qt::RightToLeft);
    m_form->addItems(Identifiers::knownLegalForms());
    m_layout->addRow(tr("Legal form"), m_form);
    m_form->setAccessibleName(tr("Legal form"));
    m_inputs.insert(QStringLiteral("form"), m_form);
    m_order.append(QStringLiteral("form"));
    connect(m_form, &QComboBox::currentIndexChanged, this, &CompanyForm::validate);
    addLine(QStringLiteral("rc"), tr("RC number"));
    addCourtChoice(addLine(QStringLiteral("rc-court"), tr("RC court")));
    addLine(QStringLiteral("ice"), tr("ICE"))->setInputMask(QString());
    m_layout->addRow(QString(), m_confirmIce);
    m_inputs.insert(QStringLiteral("ice-key"), m_confirmIce);
    m_order.append(QStringLiteral("ice-key"));
    connect(m_confirmIce, &QCheckBox::toggled, this, &CompanyForm::validate);
    addLine(QStringLiteral("if"), tr("Tax identifier (IF)"));
    addLine(QStringLiteral("cnss"), tr("CNSS affiliation"));
    addLine(QStringLiteral("capital"), tr("Fully paid capital (MAD)"));
    addLine(QStringLiteral("address"), tr("Registered office"));
    addLine(QStringLiteral("city"), tr("City"));
    addLine(QStringLiteral("manager"), tr("Manager"));
    addLine(QStringLiteral("manager-id"), tr("Manager's CNIE or residence permit"));
    addLine(QStringLiteral("email"), tr("E-mail"));
    addLine(QStringLiteral("phone"), tr("Phone"));
    for (const QString& body : reg.settings().professionalBodies) {
        auto* item = new QListWidgetItem(body, m_bodies);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_bodies->setMaximumHeight(60);
    m_layout->addRow(tr("Professional bodies"), m_bodies);
    m_bodies->setAccessibleName(tr("Professional bodies"));
    m_inputs.insert(QStringLiteral("member-of"), m_bodies);
    m_order.append(QStringLiteral("member-of"));
    connect(m_bodies, &QListWidget::itemChanged, this, &CompanyForm::validate);
    markRequiredFields();
    chainTabOrder(inputs());
    validate();
}

void CompanyForm::markRequiredFields()
{
    // Which fields are required is the core's rule: an empty record tells.
    for (const Refusal& r : m_reg.companies().validate(Company{}))
        if (r.rule == Rule::RequiredField && m_inputs.contains(r.field))
            markRequired(m_layout, m_inputs.value(r.field));
}

QList<QWidget*> CompanyForm::inputs() const
{
    QList<QWidget*> out;
    for (const QString& field : m_order)
        out.append(m_inputs.value(field));
    return out;
}

QLineEdit* CompanyForm::addLine(const QString& field, const QString& label)
{
    auto* line = new QLineEdit(this);
    m_layout->addRow(label, line);
    line->setAccessibleName(label);
    m_lines.insert(field, line);
    m_inputs.insert(field, line);
    m_order.append(field);
    connect(line, &QLineEdit::textEdited, this, [this] {
        validate();
        Q_EMIT edited();
    });
    return line;
}

void CompanyForm::addCourtChoice(QLineEdit* line)
{
    // The court is chosen from the list of commercial courts, or typed (a court of first
    // instance keeps the RC where no commercial court sits): the field stays a line edit.
    auto* courts = new QComboBox(this);
    courts->setEditable(true);
    courts->setInsertPolicy(QComboBox::NoInsert);
    m_layout->replaceWidget(line, courts);
    courts->setLineEdit(line);
    m_inputs.insert(QStringLiteral("rc-court"), courts);
    courts->addItems(CommercialCourts::seats());
    courts->setCurrentIndex(-1);
    courts->setAccessibleName(line->accessibleName());
    m_courts = courts;
    connect(courts, &QComboBox::textActivated, this, [this] {
        validate();
        Q_EMIT edited();
    });
}

void CompanyForm::setCompany(const Company& c)
{
    m_loading = true;
    m_id = c.id;
    m_lines[QStringLiteral("name")]->setText(c.name);
    m_lines[QStringLiteral("name-ar")]->setText(c.nameAr);
    m_form->setCurrentText(c.legalForm);
    m_lines[QStringLiteral("rc")]->setText(c.rcNumber);
    m_lines[QStringLiteral("rc-court")]->setText(c.rcCourt);
    m_lines[QStringLiteral("ice")]->setText(c.ice);
    m_confirmIce->setChecked(c.iceKeyConfirmed);
    m_lines[QStringLiteral("if")]->setText(c.taxId);
    m_lines[QStringLiteral("cnss")]->setText(c.cnss);
    m_lines[QStringLiteral("capital")]->setText(c.capital ? QString::number(*c.capital)
                                                          : QString());
    m_lines[QStringLiteral("address")]->setText(c.address);
    m_lines[QStringLiteral("city")]->setText(c.city);
    m_lines[QStringLiteral("manager")]->setText(c.manager);
    m_lines[QStringLiteral("manager-id")]->setText(c.managerId);
    m_lines[QStringLiteral("email")]->setText(c.email);
    m_lines[QStringLiteral("phone")]->setText(c.phone);
    for (int i = 0; i < m_bodies->count(); ++i) {
        QListWidgetItem* item = m_bodies->item(i);
        const bool member =
            std::any_of(c.memberships.begin(), c.memberships.end(),
                        [&](const Membership& m) { return m.body == item->text(); });
        item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
    validate();
}

Company CompanyForm::company() const
{
    Company c;
    c.id = m_id;
    auto text = [this](const char* field) { return m_lines[QString::fromLatin1(field)]->text(); };
    c.name = text("name");
    c.nameAr = text("name-ar");
    c.legalForm = m_form->currentText();
    c.rcNumber = text("rc");
    c.rcCourt = text("rc-court");
    c.ice = text("ice");
    c.iceKeyConfirmed = m_confirmIce->isChecked();
    c.taxId = text("if");
    c.cnss = text("cnss");
    QString capital = text("capital");
    capital.remove(QLatin1Char(' '));
    bool ok = false;
    const qint64 value = capital.toLongLong(&ok);
    if (!capital.isEmpty())
        c.capital = ok ? value : -1; // the core refuses a negative capital with its message
    c.address = text("address");
    c.city = text("city");
    c.manager = text("manager");
    c.managerId = text("manager-id");
    c.email = text("email");
    c.phone = text("phone");
    for (int i = 0; i < m_bodies->count(); ++i)
        if (m_bodies->item(i)->checkState() == Qt::Checked)
            c.memberships.append({m_bodies->item(i)->text(), {}});
    return c;
}

QString CompanyForm::problemFor(const QString& field) const
{
    return m_problems.value(field);
}

void CompanyForm::validate()
{
    if (m_loading)
        return;
    const QVector<Refusal> problems = m_reg.companies().validate(company());
    m_problems.clear();
    m_firstProblem.clear();
    int firstRow = int(m_order.size());
    for (const Refusal& r : problems) {
        const int row = int(m_order.indexOf(r.field));
        if (m_firstProblem.isEmpty() || (row >= 0 && row < firstRow)) {
            m_firstProblem = r.message;
            firstRow = row >= 0 ? row : firstRow;
        }
        // An empty required field is only pointed out once the clerk has typed elsewhere.
        if (!(r.rule == Rule::RequiredField && m_lines.value(r.field) &&
              !m_lines.value(r.field)->isModified() && m_id == 0) &&
            !m_problems.contains(r.field))
            m_problems.insert(r.field, r.message);
    }
    // A field with a problem is tinted and says it in its tooltip: nothing appears or moves.
    for (auto it = m_inputs.begin(); it != m_inputs.end(); ++it) {
        const QString message = m_problems.value(it.key());
        QPalette palette;
        if (!message.isEmpty())
            palette.setColor(QPalette::Base, QColor(0xfd, 0xe8, 0xe8));
        it.value()->setPalette(palette);
        it.value()->setToolTip(message);
        it.value()->setAccessibleDescription(message);
    }
    const bool valid = problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
    Q_EMIT checked();
}

} // namespace cinereg::ui
