#include "QrCode.h"

#include <QPainter>
#include <qrencode.h>

namespace cinereg {

QrCode::QrCode(const QByteArray& text)
{
    QRcode* code = QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return;
    m_size = code->width;
    m_modules.resize(m_size * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_modules[i] = code->data[i] & 1;
    QRcode_free(code);
}

void QrCode::paint(QPainter& painter, const QRectF& square) const
{
    if (!isValid())
        return;
    constexpr int QuietZone = 4;
    const qreal module = square.width() / (m_size + 2 * QuietZone);
    // One rectangle per horizontal run of dark modules: a small PDF, fast to write.
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_size && dark(end, y))
                ++end;
            painter.fillRect(QRectF(square.left() + (x + QuietZone) * module,
                                    square.top() + (y + QuietZone) * module, (end - x) * module,
                                    module),
                             Qt::black);
            x = end;
        }
    }
}

} // namespace cinereg
