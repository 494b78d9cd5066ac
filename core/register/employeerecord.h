#pragma once

#include <QList>
#include <QString>

namespace Ditio {

// One employee as Ditio's register lists it (v5 employees or v4 users).
struct EmployeeRecord
{
    QString employeeNumber;
    QString firstName;
    QString lastName;

    QString displayName() const
    {
        if (firstName.isEmpty())
            return lastName;
        if (lastName.isEmpty())
            return firstName;
        return firstName + u' ' + lastName;
    }
    bool operator==(const EmployeeRecord &other) const = default;
};

using EmployeeRecords = QList<EmployeeRecord>;

} // namespace Ditio
