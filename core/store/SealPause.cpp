#include "SealPause.h"

#include "../StorageError.h"
#include "RegisterSeal.h"

namespace cinereg {

SealPause::SealPause(const Database& db, const QStringList& tables)
    : m_db(db), m_active(!db.dialect().isServer() && db.isSealing())
{
    if (m_active)
        RegisterSeal(m_db).pauseCapture(tables);
}

SealPause::~SealPause()
{
    if (!m_active)
        return;
    try {
        RegisterSeal(m_db).captureChanges();
    } catch (const StorageError&) {
        // Only after a failure of the transaction, whose rollback restores the triggers.
    }
}

void SealPause::added(const QString& table, const QString& condition,
                      const QVariantList& params) const
{
    if (m_active)
        RegisterSeal(m_db).captureRows(table, false, condition, params);
}

void SealPause::removed(const QString& table, const QString& condition,
                        const QVariantList& params) const
{
    if (m_active)
        RegisterSeal(m_db).captureRows(table, true, condition, params);
}

} // namespace cinereg
