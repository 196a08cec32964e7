#pragma once

#include "../services/Register.h"
#include "Database.h"

namespace cinereg {

// The store behind an open register, for core's services and subsystems (and the store's own
// tests): Register keeps its Database private and lets only this class hand it out. Nothing
// outside core includes a header of this folder (the store_boundary test checks it), so the
// window and the CLI reach the register only through services.
class StoreAccess
{
public:
    static const Database& of(const Register& reg) { return reg.database(); }
};

} // namespace cinereg
