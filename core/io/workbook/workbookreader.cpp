#include "workbookreader.h"

#include "io/filesniffer.h"
#include "odsreader.h"
#include "workbookarchive.h"
#include "xlsxreader.h"
#include "xlsxxmlscanner.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QXmlStreamReader>

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

std::unique_ptr<WorkbookReader> WorkbookReader::openFile(const QString &path, Limits limits)
{
    // XlsxReader tells every other file apart and recognises an OpenDocument
    // package by its mimetype part or manifest; only then is the file opened again.
    auto xlsx = std::make_unique<XlsxReader>(limits);
    if (xlsx->open(path) || xlsx->error() != Error::OpenDocument)
        return xlsx;
    xlsx.reset();
    auto ods = std::make_unique<OdsReader>(limits);
    ods->open(path);
    return ods;
}

std::unique_ptr<WorkbookReader> WorkbookReader::openDevice(QIODevice *device,
                                                           const QString &fileName, Limits limits)
{
    auto xlsx = std::make_unique<XlsxReader>(limits);
    if (xlsx->open(device, fileName) || xlsx->error() != Error::OpenDocument)
        return xlsx;
    xlsx.reset(); // lets go of the device
    auto ods = std::make_unique<OdsReader>(limits);
    ods->open(device, fileName);
    return ods;
}

WorkbookReader::WorkbookReader(Limits limits) : m_limits(limits) { }

WorkbookReader::~WorkbookReader() = default;

void WorkbookReader::close()
{
    if (m_archive)
        m_archive->close();
    m_archive.reset();
    m_ownedDevice.reset();
    m_sheets.clear();
    m_date1904 = false;
    m_metadataBytes = 0;
    m_problems.clear();
    m_problemCount = 0;
    m_error = Error::None;
    m_reason.clear();
    clearPackage();
}

bool WorkbookReader::open(const QString &path)
{
    close();
    m_fileName = QFileInfo(path).fileName();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(Error::CannotOpen, file->errorString());
    m_ownedDevice = std::move(file);
    return openDevice(m_ownedDevice.get());
}

bool WorkbookReader::open(QIODevice *device, const QString &fileName)
{
    close();
    m_fileName = fileName;
    return openDevice(device);
}

bool WorkbookReader::openDevice(QIODevice *device)
{
    // What the file is, by content: a zip goes on; everything else is named.
    const FileSniffer::Result sniffed = FileSniffer::sniff(device);
    switch (sniffed.kind) {
    case FileSniffer::Kind::Zip:
        break;
    case FileSniffer::Kind::Text:
        return fail(Error::LooksLikeText,
                    tr("it is a text file (probably CSV), not a spreadsheet workbook, although "
                       "its name says so. Open it as a CSV file."));
    case FileSniffer::Kind::Empty:
        return fail(Error::EmptyFile, FileSniffer::refusal(sniffed));
    case FileSniffer::Kind::Markup:
        return fail(Error::LooksLikeMarkup, FileSniffer::refusal(sniffed));
    case FileSniffer::Kind::EncryptedWorkbook:
        return fail(Error::Encrypted, FileSniffer::refusal(sniffed));
    case FileSniffer::Kind::LegacyWorkbook:
        return fail(Error::LegacyXls, FileSniffer::refusal(sniffed));
    case FileSniffer::Kind::CompoundFile:
        return fail(Error::CompoundFile, FileSniffer::refusal(sniffed));
    case FileSniffer::Kind::Pdf:
    case FileSniffer::Kind::Image:
    case FileSniffer::Kind::Archive:
    case FileSniffer::Kind::Utf32Text:
    case FileSniffer::Kind::Binary:
        return fail(Error::NotZip, FileSniffer::refusal(sniffed));
    }
    m_archive = std::make_unique<WorkbookArchive>(m_limits);
    if (m_archive->open(device) != WorkbookArchive::Status::Ok)
        return failArchive();
    return readPackage();
}

QStringList WorkbookReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

bool WorkbookReader::isSheetHidden(int index) const
{
    return index >= 0 && index < m_sheets.size() && m_sheets.at(index).hidden;
}

int WorkbookReader::preferredSheet() const
{
    QList<bool> hidden;
    for (const Sheet &sheet : m_sheets)
        hidden.append(sheet.hidden);
    return chooseSheet(sheetNames(), hidden);
}

bool WorkbookReader::readSheet(int index, const RowHandler &onRow, const std::atomic_bool *cancel)
{
    m_problems.clear();
    m_problemCount = 0;
    if (!m_archive || index < 0 || index >= m_sheets.size())
        return fail(Error::NoSuchSheet, tr("the workbook has no sheet number %1.").arg(index + 1));
    m_error = Error::None;
    m_reason.clear();
    return readSheetRows(index, m_sheets.at(index), onRow, cancel);
}

bool WorkbookReader::fail(Error error, const QString &reason)
{
    m_error = error;
    m_reason = reason;
    return false;
}

bool WorkbookReader::failArchive()
{
    Error error = Error::Damaged;
    switch (m_archive->status()) {
    case WorkbookArchive::Status::Ok:
    case WorkbookArchive::Status::NoSuchPart:
    case WorkbookArchive::Status::Damaged:
        break;
    case WorkbookArchive::Status::Truncated:
        error = Error::Truncated;
        break;
    case WorkbookArchive::Status::Encrypted:
        error = Error::Encrypted;
        break;
    case WorkbookArchive::Status::TooManyEntries:
        error = Error::TooManyEntries;
        break;
    case WorkbookArchive::Status::PartTooLarge:
        error = Error::PartTooLarge;
        break;
    case WorkbookArchive::Status::TotalTooLarge:
        error = Error::TotalTooLarge;
        break;
    case WorkbookArchive::Status::RatioTooHigh:
        error = Error::RatioTooHigh;
        break;
    }
    return fail(error, archiveReason(*m_archive, m_limits));
}

bool WorkbookReader::failXml(const QString &part, const QString &detail, qint64 offset)
{
    return fail(Error::XmlMalformed,
                tr("its part %1 is not well-formed XML (%2, at byte %3); the file is damaged.")
                        .arg(part, detail)
                        .arg(offset));
}

bool WorkbookReader::readXmlPart(const QString &part,
                                 const std::function<bool(QXmlStreamReader &)> &handle,
                                 bool reportProgress)
{
    if (m_archive->openPart(part) != WorkbookArchive::Status::Ok)
        return failArchive();
    const qint64 total = m_archive->declaredSize(part);
    QXmlStreamReader xml;
    int depth = 0;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    qint64 done = 0;
    qint64 pending = 0; // bytes given since the last token
    bool atEnd = false;
    for (;;) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid
            && xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !atEnd) {
            if (pending > MaxXmlTokenBytes) {
                m_archive->closePart();
                return failXml(
                        part,
                        tr("one tag or text section is over %1").arg(dataSize(MaxXmlTokenBytes)),
                        xml.characterOffset());
            }
            const qint64 read = m_archive->read(chunk.data(), chunk.size());
            if (read < 0)
                return failArchive();
            if (read == 0) {
                atEnd = true;
            } else {
                xml.addData(QByteArray(chunk.constData(), read));
                done += read;
                pending += read;
                if (reportProgress)
                    this->reportProgress(done, total);
            }
            continue;
        }
        pending = 0;
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            m_archive->closePart();
            return fail(Error::XmlDoctype, doctypeReason(part));
        }
        if (token == QXmlStreamReader::Invalid) {
            m_archive->closePart();
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                return failXml(part, tr("it ends in the middle"), xml.characterOffset());
            return failXml(part, xml.errorString(), xml.characterOffset());
        }
        // Nesting as deep as the XLSX sheets' scanner allows, no deeper: the
        // reader keeps every open element, so a hostile part of nested
        // elements would cost memory without end.
        if (token == QXmlStreamReader::StartElement && ++depth > XlsxXmlScanner::MaxDepth) {
            m_archive->closePart();
            return failXml(part, tr("elements nested too deep"), xml.characterOffset());
        }
        if (token == QXmlStreamReader::EndElement)
            --depth;
        if (token == QXmlStreamReader::EndDocument || !handle(xml)) {
            m_archive->closePart();
            return m_error == Error::None;
        }
    }
}

bool WorkbookReader::keepProblem()
{
    ++m_problemCount;
    return m_problems.size() < MaxProblems;
}

void WorkbookReader::setProblems(QList<SpreadsheetProblem> problems, int count)
{
    m_problems = std::move(problems);
    m_problemCount = count;
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

QString WorkbookReader::archiveReason(const WorkbookArchive &archive, const Limits &limits)
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
