#pragma once

#include <cstddef>
#include <cstdint>
#include <QString>

// The fuzzer's bytes as the program would receive them: decoded from UTF-8 the way Qt decodes a
// pasted text or a PDF's extracted text (invalid bytes become U+FFFD).
inline QString fuzzText(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Aborts with a message libFuzzer reports as a crash, with the input that caused it.
#define FUZZ_ASSERT(condition)                                                                     \
    do {                                                                                           \
        if (!(condition))                                                                          \
            qFatal("fuzz invariant failed: %s (%s:%d)", #condition, __FILE__, __LINE__);           \
    } while (false)
