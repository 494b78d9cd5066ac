#include "secretbackend.h"

namespace Ditio {

SecretBackend::~SecretBackend() = default;

} // namespace Ditio
