#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Ditio {

// The six values of a certificate, in the order of the table's columns and of
// Ditio's API page.
enum class Field : quint8 {
    EmployeeNumber,
    CertificateType,
    CertificateNumber,
    IssuedDate,
    ValidUntilDate,
    Notes,
};

constexpr int FieldCount = 6;

constexpr std::array<Field, FieldCount> allFields()
{
    return {Field::EmployeeNumber, Field::CertificateType, Field::CertificateNumber,
            Field::IssuedDate,     Field::ValidUntilDate,  Field::Notes};
}

constexpr int fieldIndex(Field field)
{
    return static_cast<int>(field);
}

constexpr bool isDateField(Field field)
{
    return field == Field::IssuedDate || field == Field::ValidUntilDate;
}

constexpr bool isRequiredField(Field field)
{
    return field == Field::EmployeeNumber || field == Field::CertificateType
            || field == Field::IssuedDate || field == Field::ValidUntilDate;
}

// The JSON name in Ditio's Certificates API ("employeeNumber", ...).
QString fieldApiName(Field field);
std::optional<Field> fieldFromApiName(QStringView name);

// The column title shown to the user, translated.
QString fieldTitle(Field field);

} // namespace Ditio
