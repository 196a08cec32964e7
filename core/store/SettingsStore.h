#pragma once

#include "../Settings.h"
#include "Database.h"

namespace cinereg {

class SettingsStore
{
public:
    explicit SettingsStore(const Database& db) : m_db(db) {}
    Settings load() const;
    void save(const Settings& settings);

private:
    const Database& m_db;
};

} // namespace cinereg
