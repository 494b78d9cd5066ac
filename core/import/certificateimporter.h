#pragma once

#include "importoptions.h"
#include "importresult.h"

#include <QString>

#include <atomic>
#include <functional>

namespace Ditio {

class ColumnMappingMemory;

// The whole import of one spreadsheet file with the options the dialog (or the
// command line) chose: every row, the same detection and rules as the
// preview. Made to run on a worker thread:
//
//   std::atomic_bool cancel = false;
//   QtConcurrent::run([=, &cancel] {
//       return CertificateImporter::import(path, options, &memory, progress, &cancel);
//   });
//
// progress is called on the worker thread (queue it to the UI); cancel may be
// set from any thread and is polled for every row. Nothing here touches a
// widget; the memory is only read.
class CertificateImporter
{
public:
    using ProgressHandler = std::function<void(qint64 done, qint64 total)>;

    static ImportResult import(const QString &path, const ImportOptions &options = {},
                               const ColumnMappingMemory *memory = nullptr,
                               const ProgressHandler &progress = {},
                               const std::atomic_bool *cancel = nullptr);
};

} // namespace Ditio
