#include "DossierRules.h"

#include "../DateText.h"

#include <algorithm>

namespace cinereg {

namespace {
// Dates in messages read as everywhere else in the current language.
QString shown(QDate d)
{
    return DateText::of(d);
}
} // namespace

QVector<PieceKind> DossierRules::requiredPieces(RightKind kind)
{
    QVector<PieceKind> pieces{PieceKind::Statutes,       PieceKind::RegisteredOffice,
                              PieceKind::BankCapital,    PieceKind::TaxRegularity,
                              PieceKind::CnssRegularity, PieceKind::ManagerId};
    if (kind == RightKind::National)
        pieces << PieceKind::CapitalProof << PieceKind::Films;
    return pieces;
}

bool DossierRules::expires(PieceKind kind)
{
    return kind == PieceKind::TaxRegularity || kind == PieceKind::CnssRegularity;
}

DossierRules::State DossierRules::stateOf(const Piece& piece, QDate on)
{
    if (piece.dated > on)
        return State::NotYetIssued;
    if (!expires(piece.kind))
        return State::Received;
    return piece.dated >= oldestFreshDate(on) ? State::Fresh : State::Stale;
}

QVector<DossierRules::Item> DossierRules::pieces(const Application& application, QDate on)
{
    const QVector<PieceKind> required = requiredPieces(application.kind);
    QVector<Item> items;
    for (PieceKind kind : required) {
        Item item{kind, State::Missing, application.piece(kind), true};
        if (item.piece)
            item.state = stateOf(*item.piece, on);
        items.append(item);
    }
    // Pieces recorded beyond the checklist, in the order of the kinds.
    for (PieceKind kind : ApplicationNames::allPieceKinds()) {
        const Piece* piece = required.contains(kind) ? nullptr : application.piece(kind);
        if (piece)
            items.append(Item{kind, stateOf(*piece, on), piece, false});
    }
    return items;
}

QVector<DossierRules::Item> DossierRules::checklist(const Application& application, QDate on)
{
    QVector<Item> items = pieces(application, on);
    items.erase(
        std::remove_if(items.begin(), items.end(), [](const Item& item) { return !item.required; }),
        items.end());
    return items;
}

QString DossierRules::stateCode(State state)
{
    switch (state) {
    case State::Missing:
        return QStringLiteral("missing");
    case State::Received:
        return QStringLiteral("received");
    case State::Fresh:
        return QStringLiteral("fresh");
    case State::Stale:
        return QStringLiteral("stale");
    case State::NotYetIssued:
        return QStringLiteral("not_yet_issued");
    }
    return {};
}

QStringList DossierRules::missing(const Application& application)
{
    QStringList codes;
    for (PieceKind kind : requiredPieces(application.kind))
        if (!application.piece(kind))
            codes.append(ApplicationNames::code(kind));
    return codes;
}

QStringList DossierRules::stale(const Application& application, QDate on)
{
    QStringList codes;
    for (const Item& item : checklist(application, on))
        if (item.state == State::Stale || item.state == State::NotYetIssued)
            codes.append(ApplicationNames::code(item.kind));
    return codes;
}

Check DossierRules::checkComplete(const Application& application, QDate decisionDate)
{
    const QVector<Item> items = checklist(application, decisionDate);
    QStringList missingLabels;
    QString firstMissing;
    for (const Item& item : items)
        if (item.state == State::Missing) {
            if (firstMissing.isEmpty())
                firstMissing = ApplicationNames::code(item.kind);
            missingLabels.append(ApplicationNames::label(item.kind));
        }
    if (!missingLabels.isEmpty())
        return Refusal{Rule::DossierIncomplete, firstMissing,
                       tr("The dossier is incomplete: %n piece(s) missing: %1.", nullptr,
                          int(missingLabels.size()))
                           .arg(missingLabels.join(QStringLiteral("; ")))};
    for (const Item& item : items) {
        if (item.state == State::NotYetIssued)
            return Refusal{Rule::DossierPieceStale, ApplicationNames::code(item.kind),
                           tr("The %1 is dated %2, after the decision date %3.")
                               .arg(ApplicationNames::label(item.kind), shown(item.piece->dated),
                                    shown(decisionDate))};
        if (item.state == State::Stale)
            return Refusal{Rule::DossierPieceStale, ApplicationNames::code(item.kind),
                           tr("The %1 is dated %2: more than one year before the decision date "
                              "%3 (it must be dated %4 or later).")
                               .arg(ApplicationNames::label(item.kind), shown(item.piece->dated),
                                    shown(decisionDate), shown(oldestFreshDate(decisionDate)))};
    }
    return Done{};
}

QString DossierRules::stateLabel(State state)
{
    switch (state) {
    case State::Missing:
        return tr("missing");
    case State::Received:
        return tr("received");
    case State::Fresh:
        return tr("received, less than one year old");
    case State::Stale:
        return tr("more than one year old");
    case State::NotYetIssued:
        return tr("dated after the day considered");
    }
    return {};
}

QString DossierRules::pieceLabel(const Item& item)
{
    if (item.required)
        return ApplicationNames::label(item.kind);
    return tr("%1 (beyond the checklist)").arg(ApplicationNames::label(item.kind));
}

} // namespace cinereg
