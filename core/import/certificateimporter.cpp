#include "certificateimporter.h"

#include "importsource.h"

namespace Ditio {

ImportResult CertificateImporter::import(const QString &path, const ImportOptions &options,
                                         const ColumnMappingMemory *memory,
                                         const ProgressHandler &progress,
                                         const std::atomic_bool *cancel)
{
    ImportSource source;
    if (!source.open(path)) {
        ImportResult result;
        result.fileName = source.fileName();
        result.errorString = source.errorString();
        return result;
    }
    source.setMappingMemory(memory);
    return source.readAll(options, progress, cancel);
}

} // namespace Ditio
