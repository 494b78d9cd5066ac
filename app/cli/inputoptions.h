#pragma once

#include "import/certificatefilereader.h"
#include "import/importoptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace Ditio {

// How the commands read FILE: --sheet, --encoding, the input delimiter and --mapping, then
// the same import as the app's (detection, remembered column mappings). Shared by validate,
// export and upload so the three read a file identically and say the same about it.
class InputOptions
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::InputOptions)

public:
    // validate and upload call the input delimiter --delimiter; export has its own
    // --delimiter for the output, so FILE's is --input-delimiter.
    enum class DelimiterName : quint8 { Delimiter, InputDelimiter };
    enum class Status : quint8 {
        Ok,
        UsageError, // message: the reason, for "ditio-certs-cli COMMAND: <reason>"
        FileError, // message: the whole line, naming the file
    };

    explicit InputOptions(DelimiterName delimiterName = DelimiterName::Delimiter);

    void addTo(QCommandLineParser *parser) const;
    bool isAnySet(const QCommandLineParser &parser) const;

    // Takes the options' values; call after the parser has parsed.
    Status parse(const QCommandLineParser &parser, QString *message);
    const ImportOptions &importOptions() const { return m_options; }

    // Reads FILE with the parsed options and the mappings confirmed in the app. On Ok,
    // result->warnings holds what the caller prints about the file.
    Status read(const QString &path, CertificateFileReader::Result *result, QString *message) const;

private:
    DelimiterName m_delimiterName;
    QCommandLineOption m_sheet;
    QCommandLineOption m_encoding;
    QCommandLineOption m_delimiter;
    QCommandLineOption m_mapping;
    ImportOptions m_options;
    bool m_sheetGiven = false;
};

} // namespace Ditio
