#pragma once

#include <QByteArray>
#include <QRectF>
#include <QVector>

class QPainter;

namespace cinereg {

// A QR code (libqrencode, error correction M) as a square of modules, drawn as vector
// rectangles so that it stays sharp on paper at any resolution.
class QrCode
{
public:
    explicit QrCode(const QByteArray& text);
    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; } // modules per side
    bool dark(int x, int y) const { return m_modules[y * m_size + x]; }
    // Draws the code in `square`, with the quiet zone the standard asks for inside it.
    void paint(QPainter& painter, const QRectF& square) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace cinereg
