#pragma once

#include "../Refusal.h"

#include <QDate>
#include <QString>

namespace cinereg {

class Register;

struct GeneratorOptions
{
    int companies = 40;
    quint32 seed = 1;
    QDate today; // null: the register's clock
    // Dossiers filed by companies not yet authorized (granted, refused, open, overdue), at most
    // this many; each goes through ApplicationService and its rules like a clerk's.
    int dossiers = 8;
};

// Fills an empty register with fictional companies and lifelike histories relative to `today`
// (most rights active, some expiring within 30/60/90 days, some suspended or revoked, renewals,
// productions, companies idle for more than four years), in one transaction, respecting every
// rule of the register; then a few dossiers at every stage, through the dossiers' service. For the
// demonstration register and the benchmarks. Throws StorageError on storage failure.
void generateRegister(const Register& reg, const GeneratorOptions& options);

// For the demonstration register: creates a demonstration signing key at `keyPath` (explicitly,
// as an administrator would, and named in the register's settings), then issues the
// certificates of up to `count` effective accreditations. Returns how many were issued, or why
// none could be. Throws StorageError on storage failure.
Outcome<int> issueDemoCertificates(Register& reg, const QString& keyPath, int count);

} // namespace cinereg
