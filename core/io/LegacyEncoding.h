#pragma once

#include <QByteArray>
#include <QString>

namespace cinereg {

// The two code pages Excel uses for "CSV" on Moroccan Windows: 1256 (Arabic) and 1252 (French).
class LegacyEncoding
{
public:
    enum class CodePage { Windows1256, Windows1252 };

    static CodePage detect(const QByteArray& bytes);
    static QString decode(const QByteArray& bytes); // with the detected code page
    static QString decode(const QByteArray& bytes, CodePage page);
};

} // namespace cinereg
