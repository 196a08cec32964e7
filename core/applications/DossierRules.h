#pragma once

#include "../Refusal.h"
#include "Application.h"

#include <QCoreApplication>
#include <QVector>

namespace cinereg {

// What a dossier must hold and when its dated pieces are fresh enough, as pure functions: the
// window shows the checklist with them, and the service asks them again inside the transaction
// that decides.
class DossierRules
{
    Q_DECLARE_TR_FUNCTIONS(DossierRules)

public:
    // DOMAIN.md: every dossier holds the statutes, the registered office, the bank certificate
    // of paid capital, the tax- and CNSS-regularity certificates and the manager's CNIE; a
    // national accreditation adds the proof of capital and the films produced. An international
    // accreditation and a renewal ask for the pieces of their kind.
    static QVector<PieceKind> requiredPieces(RightKind kind);
    // Pieces that must be less than one year old on the decision date.
    static bool expires(PieceKind kind);
    // Freshness: a certificate dated D is fresh on a decision date T when D <= T and
    // D >= T minus one year (QDate::addYears: 29 February goes back to 28 February). A
    // certificate dated exactly one year before the decision is still fresh; one day older is
    // stale.
    static QDate oldestFreshDate(QDate decisionDate) { return decisionDate.addYears(-1); }
    // The decision deadline: the day received plus `days` calendar days.
    static QDate deadline(QDate received, int days) { return received.addDays(days); }

    enum class State { Missing, Received, Fresh, Stale, NotYetIssued };
    struct Item
    {
        PieceKind kind;
        State state = State::Missing;
        const Piece* piece = nullptr; // into the application it was computed from
        bool required = true;         // in the checklist of the dossier's kind
    };
    // THE list of a dossier's pieces, the one every view of a dossier shows (its page in the
    // window, the printed receipt, `application show` and its JSON): first the checklist of the
    // application's kind in order, each required piece missing or recorded, then the pieces
    // recorded beyond it (optional), each recorded piece judged on `on` (a piece dated after
    // `on` is not yet issued, never "received").
    static QVector<Item> pieces(const Application& application, QDate on);
    // The required part of pieces(): what a decision needs.
    static QVector<Item> checklist(const Application& application, QDate on);
    static State stateOf(const Piece& piece, QDate on);
    // Stable code of a state (CLI JSON): missing, received, fresh, stale, not_yet_issued.
    static QString stateCode(State state);
    // Codes of the required pieces not recorded yet.
    static QStringList missing(const Application& application);
    // Codes of the required pieces recorded but not usable on `on` (stale or dated later).
    static QStringList stale(const Application& application, QDate on);

    // Whether the dossier may be granted on `decisionDate`: complete, and every dated piece
    // fresh. The refusal names the first missing piece (and lists all of them), else the first
    // stale one.
    static Check checkComplete(const Application& application, QDate decisionDate);
    static QString stateLabel(State state);
    // The piece's name as listed, marked when it is beyond the checklist of the dossier's kind.
    static QString pieceLabel(const Item& item);
};

} // namespace cinereg
