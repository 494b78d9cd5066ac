#pragma once

#include <QString>

namespace Ditio {

// Keeps exported text from running as a formula when a spreadsheet opens the
// file (CSV injection, OWASP): text starting with = + - @ tab or CR.
//
// CSV has no cell types, so the text gets a leading apostrophe, the mark Excel
// and LibreOffice themselves use for "this is text". To make the round trip
// exact the mark is also added in front of text that already is apostrophes
// followed by such a character, and unguard() removes exactly one: for every
// text t, unguard(guard(t)) == t. XLSX needs no mark: the cell is a string
// cell, and its style carries quotePrefix so an edit in Excel keeps it text.
class FormulaGuard
{
public:
    static constexpr QChar Mark = u'\'';

    // Starts with = + - @ tab or CR.
    static bool looksLikeFormula(QStringView text);
    // guard() changes the text: looksLikeFormula() after any leading apostrophes.
    static bool needsGuard(QStringView text);
    static QString guard(const QString &text);
    // For importers of CSV: drops the one apostrophe guard() added.
    static QString unguard(const QString &text);
};

} // namespace Ditio
