#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace cinereg {

// How many companies hold each right in force on a day. A company holds at most one
// authorization and one accreditation per tier in force at a time (rules 1 and 3), so these are
// also the numbers of rights in force.
struct RightsInForce
{
    int authorization = 0;
    int national = 0; // accreditations effective that day (authorization active too)
    int international = 0;

    bool operator==(const RightsInForce& o) const
    {
        return authorization == o.authorization && national == o.national &&
               international == o.international;
    }
};

struct CityFigures
{
    QString city;
    RightsInForce inForce;
};

// What happened in one calendar year, up to the day the figures are taken.
struct YearFigures
{
    int year = 0;
    int grants = 0;      // grant decisions (authorizations and accreditations) taking effect
    int suspensions = 0; // suspension decisions taking effect
    int revocations = 0; // revocation decisions taking effect
    int newEntrants = 0; // companies whose first authorization ever starts that year
    int productionsNational = 0; // productions whose shooting starts that year
    int productionsForeign = 0;
};

struct BodyFigures
{
    QString body;
    int members = 0; // memberships recorded with no date or a date on or before the day
};

// The register's figures on a day (CLI `stats`, the Statistics tab and its printed report).
struct RegisterFigures
{
    QDate on;
    int fromYear = 0;
    int toYear = 0;
    RightsInForce inForce;
    QVector<CityFigures> byCity;  // cities with at least one right in force, most first
    QVector<YearFigures> perYear; // every year from fromYear to toYear, oldest first
    QVector<BodyFigures> bodies;  // the settings' bodies, then any other recorded body

    // The CLI contract's `stats --json` shape.
    QJsonObject toJson() const;
};

} // namespace cinereg
