#include "StatusText.h"

#include "DateText.h"
#include "Names.h"

#include <QColor>
#include <QCoreApplication>

namespace cinereg::ui {

QString statusText(const std::optional<RightStatus>& status)
{
    return status ? Names::label(*status) : QStringLiteral("—");
}

QBrush statusBrush(const std::optional<RightStatus>& status)
{
    if (!status)
        return QBrush(QColor(0x80, 0x80, 0x80));
    switch (*status) {
    case RightStatus::Active:
        return QBrush(QColor(0x1b, 0x7a, 0x2e));
    case RightStatus::Suspended:
        return QBrush(QColor(0xb3, 0x6b, 0x00));
    case RightStatus::Revoked:
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    case RightStatus::Expired:
        return QBrush(QColor(0x80, 0x3a, 0x3a));
    case RightStatus::Pending:
        return QBrush(QColor(0x24, 0x5d, 0x9e));
    }
    return {};
}

QString standingLabel(const std::optional<Standing>& standing)
{
    return standing ? standing->label() : QStringLiteral("—");
}

QBrush standingBrush(const std::optional<Standing>& standing)
{
    return statusBrush(standing ? std::optional<RightStatus>(standing->effectiveStatus())
                                : std::nullopt);
}

QString shortRightLabel(RightKind kind)
{
    switch (kind) {
    case RightKind::Authorization:
        return QCoreApplication::translate("StatusText", "authorization");
    case RightKind::National:
        return QCoreApplication::translate("StatusText", "national accreditation");
    case RightKind::International:
        return QCoreApplication::translate("StatusText", "international accreditation");
    }
    return {};
}

QString dateText(QDate date)
{
    return DateText::of(date);
}

QString untilText(QDate until)
{
    return until.isValid() ? dateText(until)
                           : QCoreApplication::translate("StatusText", "without limit");
}

} // namespace cinereg::ui

namespace cinereg::ui {

QString isolated(const QString& text)
{
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
}

} // namespace cinereg::ui
