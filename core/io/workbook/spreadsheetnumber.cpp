#include "spreadsheetnumber.h"

#include <charconv>
#include <cmath>

namespace Ditio {

QString SpreadsheetNumber::toText(double value)
{
    if (!std::isfinite(value))
        return QString();
    if (value == 0)
        return QStringLiteral("0"); // also -0

    // Shortest round-trip digits: d.ddde±x.
    char buffer[64];
    const std::to_chars_result result =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const char *p = buffer;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    char digits[32];
    int digitCount = 0;
    for (; p < result.ptr && *p != 'e'; ++p) {
        if (*p != '.')
            digits[digitCount++] = *p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), result.ptr, exponent);

    char out[64];
    int n = 0;
    if (negative)
        out[n++] = '-';
    if (exponent >= -7 && exponent < 21) {
        if (exponent >= digitCount - 1) { // an integer
            for (int i = 0; i < digitCount; ++i)
                out[n++] = digits[i];
            for (int i = digitCount - 1; i < exponent; ++i)
                out[n++] = '0';
        } else if (exponent >= 0) { // 12.5
            for (int i = 0; i < digitCount; ++i) {
                out[n++] = digits[i];
                if (i == exponent)
                    out[n++] = '.';
            }
        } else { // 0.0125
            out[n++] = '0';
            out[n++] = '.';
            for (int i = -1; i > exponent; --i)
                out[n++] = '0';
            for (int i = 0; i < digitCount; ++i)
                out[n++] = digits[i];
        }
    } else { // 1.5E+21, 1E-08
        out[n++] = digits[0];
        if (digitCount > 1) {
            out[n++] = '.';
            for (int i = 1; i < digitCount; ++i)
                out[n++] = digits[i];
        }
        out[n++] = 'E';
        out[n++] = exponent < 0 ? '-' : '+';
        const int magnitude = exponent < 0 ? -exponent : exponent;
        if (magnitude < 10)
            out[n++] = '0';
        n = int(std::to_chars(out + n, out + sizeof out, magnitude).ptr - out);
    }
    return QString::fromLatin1(out, n);
}

bool SpreadsheetNumber::parse(QByteArrayView literal, double *value)
{
    literal = literal.trimmed();
    if (literal.isEmpty())
        return false;
    const char first = literal.front();
    // from_chars would take "inf", "nan" and hex digits after 0x; none is a number here.
    if (!(first == '-' || first == '.' || (first >= '0' && first <= '9')))
        return false;
    const char *end = literal.data() + literal.size();
    double parsed = 0;
    const std::from_chars_result result = std::from_chars(literal.data(), end, parsed);
    if (result.ec != std::errc() || result.ptr != end || !std::isfinite(parsed))
        return false;
    *value = parsed;
    return true;
}

bool SpreadsheetNumber::isCanonicalInteger(QByteArrayView literal)
{
    qsizetype i = 0;
    if (!literal.isEmpty() && literal.front() == '-')
        i = 1;
    const qsizetype digits = literal.size() - i;
    // 15 digits are always exact in a double; "-0" is not canonical ("0" is).
    if (digits < 1 || digits > 15 || (literal[i] == '0' && (digits > 1 || i == 1)))
        return false;
    for (; i < literal.size(); ++i) {
        if (literal[i] < '0' || literal[i] > '9')
            return false;
    }
    return true;
}

} // namespace Ditio
