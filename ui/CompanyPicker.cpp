#include "CompanyPicker.h"

#include "services/Register.h"
#include "StatusText.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTimer>

namespace cinereg::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int ChosenRole = Qt::UserRole + 2;
constexpr int TypingPauseMs = 150;
constexpr int MaxPopupWidth = 760;
// Pages of search results read while looking for companies of a restricted set.
constexpr int RestrictedPage = 500;

QVector<CompanyListEntry> searchRegister(const Register& reg, const QString& text,
                                         const std::optional<QSet<qint64>>& allowed,
                                         std::optional<RightKind> tier)
{
    CompanyListQuery query;
    query.filter.search = text;
    query.filter.holds = tier;
    if (!allowed) {
        query.filter.limit = CompanyPicker::MaxShown;
        return reg.companies().list(query);
    }
    // The holders of a tier are a small part of the register: their matches are read by pages
    // until enough of the allowed ones are found.
    QVector<CompanyListEntry> out;
    if (allowed->isEmpty())
        return out;
    query.filter.limit = RestrictedPage;
    for (int offset = 0;; offset += RestrictedPage) {
        query.filter.offset = offset;
        const QVector<CompanyListEntry> page = reg.companies().list(query);
        for (const CompanyListEntry& e : page) {
            if (allowed->contains(e.company.id))
                out.append(e);
            if (out.size() == CompanyPicker::MaxShown)
                return out;
        }
        if (page.size() < RestrictedPage)
            return out;
    }
}
} // namespace

CompanyPicker::CompanyPicker(const Register& reg, QWidget* parent)
    : QLineEdit(parent), m_reg(reg), m_reader(this, reg), m_completer(new QCompleter(this)),
      m_found(new QStandardItemModel(this)), m_typing(new QTimer(this))
{
    setPlaceholderText(tr("Type a name, an ICE or an RC number; Down lists the companies"));
    setClearButtonEnabled(true);
    m_completer->setModel(m_found);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(ChosenRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &CompanyPicker::choose);
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &CompanyPicker::searchNow);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_companyId) {
            m_companyId = 0;
            Q_EMIT companyChanged(0);
        }
        m_pending = true;
        m_typing->start();
    });
}

void CompanyPicker::restrictTo(std::optional<QSet<qint64>> allowed, std::optional<RightKind> tier)
{
    m_allowed = std::move(allowed);
    m_tier = tier;
    m_found->clear();
    m_reader.forget();
    if (hasFocus() && !m_companyId && !text().trimmed().isEmpty())
        searchNow(); // the clerk was typing: the list follows the new set at once
}

void CompanyPicker::searchNow()
{
    m_typing->stop();
    m_pending = false;
    const QString text = m_companyId ? QString() : this->text().trimmed();
    const std::optional<QSet<qint64>> allowed = m_allowed;
    const std::optional<RightKind> tier = m_tier;
    m_reader.start(
        [text, allowed, tier](const Register& reader) {
            return searchRegister(reader, text, allowed, tier);
        },
        [this](const QVector<CompanyListEntry>& found) { present(found); });
}

QString CompanyPicker::chosenText(const CompanySummary& company) const
{
    return QStringLiteral("%1 — %2").arg(company.name, company.ice);
}

void CompanyPicker::present(const QVector<CompanyListEntry>& found)
{
    m_found->clear();
    for (const CompanyListEntry& e : found) {
        const std::optional<Standing> standing = m_tier == RightKind::National ? e.standing.national
                                                 : m_tier == RightKind::International
                                                     ? e.standing.international
                                                     : e.standing.authorization;
        QStringList parts{isolated(e.company.ice), isolated(e.company.name)};
        if (!e.company.nameAr.isEmpty())
            parts.append(isolated(e.company.nameAr));
        parts.append(standing ? standing->label() : tr("no authorization"));
        auto* item = new QStandardItem(parts.join(QStringLiteral("  ·  ")));
        item->setData(e.company.id, IdRole);
        item->setData(chosenText(e.company), ChosenRole);
        if (standing) {
            item->setForeground(standingBrush(standing));
            item->setToolTip(standing->text());
        }
        item->setEditable(false);
        m_found->appendRow(item);
    }
    if (found.isEmpty()) {
        auto* none = new QStandardItem(tr("No company matches."));
        none->setEnabled(false);
        none->setData(text(), ChosenRole);
        m_found->appendRow(none);
    }
    if (hasFocus()) {
        // The popup is as wide as its lines (up to a limit), not as the field: a company's
        // names and standing read whole. Right to left, it extends from the field's right edge.
        QAbstractItemView* popup = m_completer->popup();
        const int lines = popup->sizeHintForColumn(0) +
                          popup->verticalScrollBar()->sizeHint().width() + 2 * popup->frameWidth() +
                          8;
        const int w = std::max(width(), std::min(lines, MaxPopupWidth));
        m_completer->complete(QRect(isRightToLeft() ? width() - w : 0, 0, w, height()));
        popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    Q_EMIT resultsReady();
}

QStringList CompanyPicker::offered() const
{
    QStringList out;
    for (int row = 0; row < m_found->rowCount(); ++row)
        if (m_found->item(row)->data(IdRole).toLongLong())
            out.append(m_found->item(row)->text());
    return out;
}

void CompanyPicker::choose(const QModelIndex& index)
{
    const qint64 id = index.data(IdRole).toLongLong();
    if (!id)
        return;
    m_typing->stop();
    m_pending = false;
    m_reader.forget();
    m_companyId = id;
    setText(index.data(ChosenRole).toString());
    Q_EMIT companyChanged(id);
}

void CompanyPicker::setCompany(qint64 id)
{
    m_typing->stop();
    m_pending = false;
    const QVector<CompanySummary> found =
        id ? m_reg.companies().summaries({id}) : QVector<CompanySummary>{};
    m_companyId = found.isEmpty() ? 0 : id;
    setText(found.isEmpty() ? QString() : chosenText(found.front()));
    Q_EMIT companyChanged(m_companyId);
}

void CompanyPicker::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_PageDown) &&
        !m_completer->popup()->isVisible()) {
        searchNow(); // the popup opens when the answer comes
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace cinereg::ui
