#pragma once

#include "../Company.h"

#include <QRandomGenerator>
#include <QString>

namespace cinereg::FictionalNames {

// A fictional company, number n, with valid and distinct identifiers (ICE with its mod-97 key,
// RC unique per court, IF, CNSS, CNIE) and names in Latin and Arabic script.
Company company(int n, QRandomGenerator& rng);
QString productionTitle(QRandomGenerator& rng);
// A foreign producer and its ISO country code.
std::pair<QString, QString> foreignProducer(QRandomGenerator& rng);
QString suspensionReason(QRandomGenerator& rng);
QString revocationReason(QRandomGenerator& rng);
QString refusalReason(int n);

} // namespace cinereg::FictionalNames
