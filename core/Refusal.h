#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace cinereg {

// The rule that refused an input or an operation. Stable codes (see ruleCode) are what scripts
// and tests rely on; the message is translated for the person reading it.
enum class Rule {
    InvalidField,          // a field's format or range
    RequiredField,         // a field left empty
    NotFound,              // an id that names nothing
    Duplicate,             // ICE or RC + court already registered
    IceKeyUnconfirmed,     // ICE check key fails and the clerk did not confirm it
    LegalFormNotAllowed,   // rule 1
    AuthorizationOverlap,  // rule 1
    NoActiveAuthorization, // rule 2
    AccreditationOverlap,  // rule 3
    CapitalBelowThreshold, // rule 4
    RevokedIsFinal,        // rule 5
    InvalidTransition,     // e.g. reinstating a right that is not suspended
    NotEligible,           // production executor without an effective accreditation
    ReasonRequired,        // suspension, revocation, refusal
    UnknownBody,           // professional body not in the settings' list
    NotEffective,          // a certificate for an accreditation not effective on the issue date
    SigningKeyUnusable,    // the signing key file cannot be created or read
    DossierIncomplete,     // an application decided without a required piece
    DossierPieceStale,     // a dated piece too old (or not yet issued) on the decision date
    ApplicationClosed,     // an application already granted, refused or withdrawn
    OutsideRole,           // the signed-in account's role may not do this; names the role needed
    SignInRequired,        // the register has accounts and nobody is signed in
    SignInRefused,         // unknown login or wrong password (one message for both)
    AccountDisabled,       // the account exists but is disabled
    FirstAccountAdmin,     // the first account of a register must be an admin
    LastAdmin,             // the last active admin cannot be disabled or lose the role
    FourEyes,              // with accounts, a decision is proposed and approved (DecisionService)
    SelfApproval,          // an approver approving or rejecting their own proposal
    ProposalClosed,        // a proposal already approved or rejected
};

QString ruleCode(Rule rule);

struct Refusal
{
    Rule rule = Rule::InvalidField;
    QString field;   // the input field concerned, e.g. "ice"; empty for a rule on the whole
    QString message; // translated, names the field or the rule
};

// Either a value or the refusal that prevented it. Storage failures are not refusals: they are
// thrown as StorageError because nothing the clerk types can fix them.
template <typename T> class Outcome
{
public:
    Outcome(T value) : m_state(std::move(value)) {}
    Outcome(Refusal refusal) : m_state(std::move(refusal)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<T>(m_state); }
    T& value() { return std::get<T>(m_state); }
    const Refusal& refusal() const { return std::get<Refusal>(m_state); }

private:
    std::variant<T, Refusal> m_state;
};

struct Done
{
};
using Check = Outcome<Done>;

} // namespace cinereg
