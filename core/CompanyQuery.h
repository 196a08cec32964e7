#pragma once

#include "Types.h"

#include <optional>
#include <QDate>
#include <QString>

namespace cinereg {

// What a register list asks for. Text search folds case, accents and Arabic letter forms the
// same way the index does, and also matches ICE and RC numbers.
struct CompanyFilter
{
    QString search;
    QString city;
    QString body;                   // professional body membership
    std::optional<RightKind> holds; // has (or had) a right of this kind at all
    enum class Order { Name, NameAr, Ice, City };
    Order order = Order::Name;
    bool descending = false;
    int offset = 0;
    int limit = -1; // -1: all
};

// A row of the register list, light enough to load by pages.
struct CompanySummary
{
    qint64 id = 0;
    QString name;
    QString nameAr;
    QString legalForm;
    QString ice;
    QString rcNumber;
    QString rcCourt;
    QString city;
};

} // namespace cinereg
