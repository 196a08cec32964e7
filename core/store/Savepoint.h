#pragma once

namespace cinereg {

class Database;

// A nested point inside the open transaction that one row of an import can roll back to, so a
// rejected row (a right granted but its suspension refused) leaves nothing behind while the
// rows before it stay in the transaction. Rolled back unless released.
class Savepoint
{
public:
    explicit Savepoint(const Database& db);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release();

private:
    const Database& m_db;
    bool m_open = true;
};

} // namespace cinereg
