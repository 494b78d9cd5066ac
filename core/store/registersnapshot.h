#pragma once

#include "register/employeerecord.h"

#include <QDateTime>

namespace Ditio {

// The employee register of one environment as it was last read from Ditio
// (CertificateStore::saveRegister / loadRegister), so the table can check
// employee numbers before the register is read again.
struct RegisterSnapshot
{
    EmployeeRecords records;
    QDateTime readAt;
};

} // namespace Ditio
