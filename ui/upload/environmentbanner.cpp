#include "environmentbanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Ditio {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_register(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentBanner"));
    m_label->setObjectName(QStringLiteral("environmentBannerText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_label, 1);
    m_register->setObjectName(QStringLiteral("environmentBannerRegister"));
    m_register->hide();
    layout->addWidget(m_register);
    setAutoFillBackground(true);
    setEnvironment(DitioEnvironment());
}

void EnvironmentBanner::setEnvironment(const DitioEnvironment &environment)
{
    m_environment = environment;
    const QString host = environment.apiBase().host().toHtmlEscaped();
    QString word;
    QString detail;
    QColor background;
    QColor foreground = Qt::white;
    if (environment.isProduction()) {
        word = tr("PRODUCTION");
        detail = tr("Uploads change the certificates in Ditio's live system (%1).").arg(host);
        background = QColor(0xb7, 0x1c, 0x1c);
    } else {
        switch (environment.kind()) {
        case DitioEnvironment::Kind::Sandbox:
            word = tr("SANDBOX");
            detail = tr("A stand-in Ditio on this computer: try anything, nothing leaves it.");
            background = QColor(0x00, 0x69, 0x5c);
            break;
        case DitioEnvironment::Kind::Custom:
            word = tr("CUSTOM");
            detail = tr("Uploads go to %1.").arg(host);
            background = QColor(0x8d, 0x5a, 0x00);
            break;
        case DitioEnvironment::Kind::Test:
        case DitioEnvironment::Kind::Production:
            word = tr("TEST");
            detail = tr("Uploads go to Ditio's test system (%1).").arg(host);
            background = QColor(0xe8, 0xee, 0xf4);
            foreground = QColor(0x26, 0x32, 0x38);
            break;
        }
    }
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, foreground);
    setPalette(palette);
    m_label->setPalette(palette);
    m_register->setPalette(palette);
    m_label->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2").arg(word.toHtmlEscaped(), detail));
    setAccessibleName(tr("Ditio environment: %1").arg(word));
}

void EnvironmentBanner::setRegisterText(const QString &text)
{
    m_register->setText(text);
    m_register->setVisible(!text.isEmpty());
}

QString EnvironmentBanner::registerText() const
{
    return m_register->text();
}

QString EnvironmentBanner::text() const
{
    return m_label->text();
}

} // namespace Ditio
