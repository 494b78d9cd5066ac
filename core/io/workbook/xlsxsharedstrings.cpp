#include "xlsxsharedstrings.h"

#include "xlsxxmlscanner.h"

namespace Ditio {

namespace {

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// _x000D_ -> CR, _x005F_ -> '_' (how a literal "_x000D_" is escaped).
QString decodeEscapes(const QString &text)
{
    QString result;
    result.reserve(text.size());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c == u'_' && i + 6 < size && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int value = 0;
            bool ok = true;
            for (qsizetype j = i + 2; j < i + 6 && ok; ++j) {
                const int digit = hexDigit(text[j]);
                ok = digit >= 0;
                value = value * 16 + digit;
            }
            if (ok) {
                result.append(QChar(char16_t(value)));
                i += 7;
                continue;
            }
        }
        result.append(c);
        ++i;
    }
    return result;
}

} // namespace

bool XlsxSharedStrings::appendText(XlsxXmlScanner *scanner, QByteArray *utf8, bool *overflow)
{
    if (*overflow)
        return true;
    if (!scanner->appendText(utf8))
        return false;
    if (utf8->size() > MaxCellBytes) {
        utf8->truncate(MaxCellBytes);
        // Not in the middle of a UTF-8 sequence.
        while (!utf8->isEmpty() && (uchar(utf8->back()) & 0xC0) == 0x80)
            utf8->chop(1);
        if (!utf8->isEmpty() && uchar(utf8->back()) >= 0xC0)
            utf8->chop(1);
        *overflow = true;
    }
    return true;
}

bool XlsxSharedStrings::decode(const QByteArray &utf8, bool overflow, QString *text,
                               bool *truncated)
{
    if (!QByteArrayView(utf8).isValidUtf8())
        return false;
    *text = QString::fromUtf8(utf8);
    if (text->contains(u"_x"))
        *text = decodeEscapes(*text);
    *truncated = overflow || text->size() > MaxCellCharacters;
    if (text->size() > MaxCellCharacters) {
        qsizetype keep = MaxCellCharacters;
        if (text->at(keep - 1).isHighSurrogate())
            --keep;
        text->truncate(keep);
    }
    return true;
}

void XlsxSharedStrings::clear()
{
    m_strings.clear();
    m_truncated.clear();
}

XlsxSharedStrings::Status XlsxSharedStrings::load(XlsxXmlScanner *scanner, int maxCount,
                                                  const std::atomic_bool *cancel)
{
    clear();
    QByteArray utf8;
    utf8.reserve(256);
    bool inItem = false;
    bool capture = false;
    bool overflow = false;
    int phonetic = 0; // depth inside <rPh>
    for (;;) {
        switch (scanner->next()) {
        case XlsxXmlScanner::Token::StartElement:
            if (scanner->isName("si")) {
                inItem = true;
                utf8.resize(0); // keeps the buffer
                overflow = false;
                phonetic = 0;
            } else if (scanner->isName("t")) {
                capture = inItem && phonetic == 0;
            } else if (scanner->isName("rPh")) {
                ++phonetic;
            } else if (scanner->isName("sst")) {
                const int declared = scanner->attribute("uniqueCount").toInt();
                if (declared > 0)
                    m_strings.reserve(qMin(declared, qMin(maxCount, 1 << 20)));
            }
            break;
        case XlsxXmlScanner::Token::Text:
            if (capture && !appendText(scanner, &utf8, &overflow))
                return Status::XmlError;
            break;
        case XlsxXmlScanner::Token::EndElement:
            if (scanner->isName("t")) {
                capture = false;
            } else if (scanner->isName("rPh")) {
                --phonetic;
            } else if (scanner->isName("si") && inItem) {
                inItem = false;
                if (m_strings.size() >= maxCount)
                    return Status::TooMany;
                QString text;
                bool truncated = false;
                if (!decode(utf8, overflow, &text, &truncated))
                    return Status::InvalidUtf8;
                if (truncated)
                    m_truncated.insert(m_strings.size());
                m_strings.append(text);
                if ((m_strings.size() & 4095) == 0 && cancel
                    && cancel->load(std::memory_order_relaxed))
                    return Status::Cancelled;
            }
            break;
        case XlsxXmlScanner::Token::EndDocument:
            return Status::Ok;
        case XlsxXmlScanner::Token::Invalid:
            return Status::XmlError;
        }
    }
}

} // namespace Ditio
