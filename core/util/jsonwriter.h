#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

class QIODevice;

namespace Ditio {

// Writes JSON to a device as it is produced, one value at a time, never a
// whole QJsonDocument in memory (the shape of RapidJSON's Writer:
// beginObject()/key()/value()/endObject() straight to a stream). The bytes are
// exactly what QJsonDocument::toJson() writes for the same values in the same
// order (Qt's escapes, 4-space indents, a last newline when indented), so
// output that scheduled jobs parse stays byte for byte what it was; a caller
// that wants QJsonObject's order writes the keys sorted.
//
// Output is buffered and written to the device in blocks; ok() turns false at
// the first failed write and stays false (nothing more is written).
class JsonWriter
{
public:
    enum class Style { Compact, Indented };

    JsonWriter(QIODevice *device, Style style);
    // A writer of a fragment, for building parts of one document on several
    // threads: the elements of an array `depth` containers deep that already
    // holds `elementsBefore` elements, kept in memory (takeFragment()) and
    // put into the document by appendFragment().
    JsonWriter(Style style, int depth, qsizetype elementsBefore);
    ~JsonWriter(); // flushes
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // The next member's name, inside an object.
    void key(QStringView name);

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(const char16_t *text) { value(QStringView(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool truth);
    void null();

    // A member in one call: key(name) then value(v).
    template<typename T> void member(QStringView name, const T &v)
    {
        key(name);
        value(v);
    }

    // Writes what is buffered; false when the device refused it.
    bool flush();
    bool ok() const { return m_ok; }

    // The fragment written so far (a fragment writer), and how many elements.
    QByteArray takeFragment();
    qsizetype fragmentElements() const;
    // A fragment's bytes as `elements` more elements of the open array.
    void appendFragment(const QByteArray &bytes, qsizetype elements);

    // A string as QJsonDocument escapes it, without the quotes.
    static void appendEscaped(QByteArray &out, QStringView text);

private:
    void beforeValue();
    void writeIndent(int depth);
    void maybeFlush();

    QIODevice *m_device;
    const bool m_indented;
    QByteArray m_buffer;
    // One entry per open container: how many elements it has so far.
    QList<qsizetype> m_counts;
    qsizetype m_elementsBefore = 0; // a fragment writer's
    bool m_afterKey = false;
    bool m_ok = true;
};

} // namespace Ditio
