#include "uploadtimer.h"

namespace Ditio {

UploadTimer::~UploadTimer() = default;

} // namespace Ditio
