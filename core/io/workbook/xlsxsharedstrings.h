#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>

namespace Ditio {

class XlsxXmlScanner;

// The shared strings table (xl/sharedStrings.xml): every text a workbook's
// cells hold, each once; cells refer to them by index and share the QString.
class XlsxSharedStrings
{
public:
    static constexpr int MaxCellCharacters = 32767; // what a spreadsheet cell holds
    // UTF-8 bytes kept of one text: enough for 32,767 characters even when
    // every one is written as an _xHHHH_ escape.
    static constexpr qsizetype MaxCellBytes = 7 * MaxCellCharacters + 8;

    enum class Status : quint8 { Ok, XmlError, InvalidUtf8, TooMany, Cancelled };

    // Reads <sst>: plain <si><t>, rich text runs <si><r><t>, never the phonetic
    // guide runs <rPh>. Texts over 32,767 characters are cut there and marked.
    Status load(XlsxXmlScanner *scanner, int maxCount, const std::atomic_bool *cancel);
    void clear();

    qsizetype size() const { return m_strings.size(); }
    const QString &at(qsizetype index) const { return m_strings.at(index); }
    bool isTruncated(qsizetype index) const { return m_truncated.contains(index); }

    // Appends a text token of the scanner, keeping at most MaxCellBytes.
    // False when the scanner reports a bad entity.
    static bool appendText(XlsxXmlScanner *scanner, QByteArray *utf8, bool *overflow);
    // Cell text from UTF-8: OOXML's _xHHHH_ escapes decoded (_x000D_ is a CR),
    // cut at 32,767 characters (*truncated says so). False when the bytes are
    // not valid UTF-8.
    static bool decode(const QByteArray &utf8, bool overflow, QString *text, bool *truncated);

private:
    QList<QString> m_strings;
    QSet<qsizetype> m_truncated;
};

} // namespace Ditio
