#include "StorageFailureBar.h"

#include "StorageError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cinereg::ui {

StorageFailureBar::StorageFailureBar(QWidget* parent)
    : QFrame(parent), m_message(new QLabel(this)), m_retry(new QPushButton(tr("Retry"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("cinereg--ui--StorageFailureBar { background: #fdecea; }"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    auto* row = new QHBoxLayout(this);
    row->addWidget(m_message, 1);
    row->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &StorageFailureBar::retry);
    hide();
}

bool StorageFailureBar::attempt(std::function<void()> call)
{
    try {
        call();
    } catch (const StorageError& e) {
        report(tr("%1 Nothing you typed is lost.").arg(e.message()), std::move(call));
        return false;
    }
    m_failed = nullptr;
    hide();
    return true;
}

void StorageFailureBar::report(const QString& message, std::function<void()> retry)
{
    m_message->setText(message);
    m_failed = std::move(retry);
    m_retry->setVisible(bool(m_failed));
    setVisible(true);
}

QString StorageFailureBar::message() const
{
    return isHidden() ? QString() : m_message->text();
}

void StorageFailureBar::retry()
{
    if (!m_failed)
        return;
    // attempt() replaces m_failed; keep the call alive while it runs.
    const std::function<void()> call = m_failed;
    attempt(call);
}

} // namespace cinereg::ui
