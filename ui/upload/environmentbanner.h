#pragma once

#include "net/ditioenvironment.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Ditio {

// The strip above the table that says where uploads go. Production is red and says so in
// capitals, so nobody mistakes it for the test system; the sandbox and custom addresses get
// their own colours; the test system, the default, a quiet one.
class EnvironmentBanner : public QFrame
{
    Q_OBJECT

public:
    explicit EnvironmentBanner(QWidget *parent = nullptr);

    void setEnvironment(const DitioEnvironment &environment);
    DitioEnvironment environment() const { return m_environment; }
    QString text() const;
    // Right-aligned: what is known of Ditio's employee register ("Register: 10 employees, read
    // 12:03"); empty hides it.
    void setRegisterText(const QString &text);
    QString registerText() const;

private:
    DitioEnvironment m_environment;
    QLabel *m_label;
    QLabel *m_register;
};

} // namespace Ditio
