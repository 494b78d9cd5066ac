#include "certificatesendpoint.h"

namespace Ditio {

CertificatesEndpoint::~CertificatesEndpoint() = default;

} // namespace Ditio
