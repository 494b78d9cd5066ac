#pragma once

#include <QIdentityProxyModel>

namespace Ditio {

// The problems list as the panel shows it: ProblemsModel's rows with the
// severity icon in the first column and numbers aligned right. The icons are
// a matter of the view, so they are added here rather than in the core.
class ProblemsDisplayModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit ProblemsDisplayModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace Ditio
