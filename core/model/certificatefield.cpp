#include "certificatefield.h"

#include <QCoreApplication>

namespace Ditio {

QString fieldApiName(Field field)
{
    switch (field) {
    case Field::EmployeeNumber:
        return QStringLiteral("employeeNumber");
    case Field::CertificateType:
        return QStringLiteral("certificateType");
    case Field::CertificateNumber:
        return QStringLiteral("certificateNumber");
    case Field::IssuedDate:
        return QStringLiteral("issuedDateTime");
    case Field::ValidUntilDate:
        return QStringLiteral("validUntilDateTime");
    case Field::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

std::optional<Field> fieldFromApiName(QStringView name)
{
    for (Field field : allFields()) {
        if (name.compare(fieldApiName(field), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

QString fieldTitle(Field field)
{
    switch (field) {
    case Field::EmployeeNumber:
        return QCoreApplication::translate("Ditio::Field", "Employee number");
    case Field::CertificateType:
        return QCoreApplication::translate("Ditio::Field", "Certificate type");
    case Field::CertificateNumber:
        return QCoreApplication::translate("Ditio::Field", "Certificate number");
    case Field::IssuedDate:
        return QCoreApplication::translate("Ditio::Field", "Issued");
    case Field::ValidUntilDate:
        return QCoreApplication::translate("Ditio::Field", "Valid until");
    case Field::Notes:
        return QCoreApplication::translate("Ditio::Field", "Notes");
    }
    return {};
}

} // namespace Ditio
