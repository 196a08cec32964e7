#pragma once

#include "services/Register.h"

#include <QDate>

namespace cinereg::test {

// A small register whose figures are counted by hand in the statistics tests:
//  1 Atlas    Casablanca  authorization 2024-01-10, national 2024-03-01, international
//                         2025-01-01; CNPF since 2024-02-01; a national shoot in May 2025 and a
//                         foreign one in April 2026, a national one from 2026-08-01
//  2 Rif      Rabat       authorization 2025-02-01 suspended from 2026-05-01, national 2025-03-01
//                         (its own record active); CMPF undated, CNPF since 2027-01-01
//  3 Bahia    Rabat       authorization 2026-01-15, national 2026-02-01 revoked from 2026-04-01;
//                         CNPF undated
//  4 Oasis    Marrakech   authorization 2023-05-01 until 2025-12-31
//  5 Tingis   casablanca  authorization 2024-06-01 revoked from 2025-09-01, a new one 2026-02-01
//  6 Sahel    Agadir      authorization from 2026-09-01
struct StatisticsRegister
{
    static inline const QDate Today{2026, 7, 1};
    static void fill(const Register& reg); // asserts every step succeeds
};

} // namespace cinereg::test
