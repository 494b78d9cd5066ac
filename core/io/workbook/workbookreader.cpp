#include "workbookreader.h"

#include "odsreader.h"
#include "workbookarchive.h"
#include "xlsxreader.h"

#include <QLocale>

namespace Ditio {

QString WorkbookReader::errorString() const
{
    if (!hasError())
        return QString();
    if (failedToOpen())
        return tr("%1 cannot be opened: %2").arg(fileName(), errorReason());
    return tr("%1 cannot be read: %2").arg(fileName(), errorReason());
}

namespace {

QString dataSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes);
}

// Lower case letters and digits only: "Sertifikater 2026" -> "sertifikater2026".
QString normalizedSheetName(const QString &name)
{
    QString result;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

int certificateScore(const QString &sheetName)
{
    const QString name = normalizedSheetName(sheetName);
    static const struct
    {
        const char16_t *word;
        int score;
    } words[] = {
            {u"sertifikat", 3}, {u"certificat", 3}, {u"sertifiser", 3},    {u"kompetanse", 2},
            {u"competenc", 2},  {u"kompetens", 2},  {u"qualification", 2}, {u"kvalifikasjon", 2},
            {u"kurs", 1},       {u"course", 1},     {u"training", 1},      {u"opplæring", 1},
            {u"opplaering", 1},
    };
    int best = 0;
    for (const auto &entry : words) {
        if (entry.score > best && name.contains(QStringView(entry.word)))
            best = entry.score;
    }
    return best;
}

} // namespace

std::unique_ptr<WorkbookReader> WorkbookReader::openFile(const QString &path, WorkbookLimits limits)
{
    // XlsxReader tells every other file apart and recognises an OpenDocument
    // package by its mimetype part; only then is the file opened again.
    auto xlsx = std::make_unique<XlsxReader>(limits);
    if (xlsx->open(path) || xlsx->error() != XlsxReader::Error::OpenDocument)
        return xlsx;
    xlsx.reset();
    auto ods = std::make_unique<OdsReader>(limits);
    ods->open(path);
    return ods;
}

std::unique_ptr<WorkbookReader>
WorkbookReader::openDevice(QIODevice *device, const QString &fileName, WorkbookLimits limits)
{
    auto xlsx = std::make_unique<XlsxReader>(limits);
    if (xlsx->open(device, fileName) || xlsx->error() != XlsxReader::Error::OpenDocument)
        return xlsx;
    xlsx.reset(); // lets go of the device
    auto ods = std::make_unique<OdsReader>(limits);
    ods->open(device, fileName);
    return ods;
}

int WorkbookReader::chooseSheet(const QStringList &names, const QList<bool> &hidden)
{
    int best = -1;
    int bestScore = -1;
    for (int i = 0; i < names.size(); ++i) {
        if (hidden.value(i))
            continue;
        const int score = certificateScore(names.at(i));
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best < 0 && !names.isEmpty() ? 0 : best;
}

QString WorkbookReader::doctypeReason(const QString &part)
{
    return tr("its part %1 contains a document type (DOCTYPE) or entity declaration. "
              "Spreadsheet programs never write one, and it could make a reader fetch other "
              "files or expand without end, so the workbook was refused.")
            .arg(part);
}

QString WorkbookReader::archiveReason(const WorkbookArchive &archive, const WorkbookLimits &limits)
{
    switch (archive.status()) {
    case WorkbookArchive::Status::Ok:
    case WorkbookArchive::Status::NoSuchPart:
        break;
    case WorkbookArchive::Status::Truncated:
        return tr("the file is incomplete or damaged: the table of contents at the end of its zip "
                  "archive is missing. It was probably cut off while downloading or copying; get "
                  "the file again.");
    case WorkbookArchive::Status::Damaged: {
        QString detail;
        switch (archive.damage()) {
        case WorkbookArchive::Damage::Checksum:
            detail = tr("checksum mismatch");
            break;
        case WorkbookArchive::Damage::BadData:
            detail = tr("bad zip data");
            break;
        case WorkbookArchive::Damage::ReadError:
            detail = tr("read error");
            break;
        case WorkbookArchive::Damage::SizeMismatch:
            detail = tr("its size does not match");
            break;
        case WorkbookArchive::Damage::None:
        case WorkbookArchive::Damage::Other:
            detail = tr("zip error %1").arg(archive.zipError());
            break;
        }
        if (archive.statusPart().isEmpty())
            return tr("the file is damaged: its zip table of contents is broken (%1).").arg(detail);
        return tr("the file is damaged: its part %1 does not unpack correctly (%2). Get the file "
                  "again, or open it in a spreadsheet program and save it anew.")
                .arg(archive.statusPart(), detail);
    }
    case WorkbookArchive::Status::Encrypted:
        return tr("its parts are locked with a zip password, which a workbook cannot be read "
                  "with. Save it again from the spreadsheet program without a password.");
    case WorkbookArchive::Status::TooManyEntries:
        return tr("its zip archive holds %1 files, more than the %2 a workbook may have; it was "
                  "refused as a possible zip bomb.")
                .arg(archive.statusSize())
                .arg(limits.maxEntries);
    case WorkbookArchive::Status::PartTooLarge:
        return tr("its part %1 unpacks to %2, more than the %3 allowed for one part; it was "
                  "refused as a possible zip bomb.")
                .arg(archive.statusPart(), dataSize(archive.statusSize()),
                     dataSize(limits.maxPartBytes));
    case WorkbookArchive::Status::TotalTooLarge:
        return tr("it unpacks to %1 or more, more than the %2 allowed; it was refused as a "
                  "possible zip bomb.")
                .arg(dataSize(archive.statusSize()), dataSize(limits.maxTotalBytes));
    case WorkbookArchive::Status::RatioTooHigh:
        return tr("its part %1 unpacks to %2 times its packed size, more than the %3 times real "
                  "workbooks reach; it was refused as a possible zip bomb.")
                .arg(archive.statusPart())
                .arg(archive.statusSize())
                .arg(limits.maxCompressionRatio);
    }
    return tr("the file is damaged.");
}

} // namespace Ditio
