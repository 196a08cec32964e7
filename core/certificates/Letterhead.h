#pragma once

#include "../Refusal.h"

#include <QCoreApplication>
#include <QImage>

namespace cinereg {

class Register;

// The image an administrator sets at the top of every certificate (none by default). Setting
// and removing it are audited writes; the image is stored as PNG, scaled down to what the
// printed header needs, so the register stays small.
class Letterhead
{
    Q_DECLARE_TR_FUNCTIONS(Letterhead)

public:
    explicit Letterhead(const Register& reg) : m_reg(reg) {}

    // Refused when the file is not an image Qt can read.
    Check set(const QString& imageFile) const;
    Check remove() const;
    QImage image() const; // null: none

    static constexpr int MaxPixels = 600; // 36 mm wide at about 400 dpi

private:
    const Register& m_reg;
};

} // namespace cinereg
