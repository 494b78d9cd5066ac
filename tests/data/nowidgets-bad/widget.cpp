// A file the widget check must reject (core_has_no_widgets_selftest).
#include <QObject>
#include <QWidget>
#include <QTableView>
