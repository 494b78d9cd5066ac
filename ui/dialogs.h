#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Ditio {

// Every modal question the window asks goes through here. Tests queue the
// answers (and file names) they want with setNextAnswer()/setNextFileName(),
// so a GUI test never blocks on a dialog (the KeePassXC MessageBox seam).
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Ditio::Dialogs)

public:
    enum Answer { NoAnswer, Save, Discard, Cancel, Overwrite, SaveAs, Restore, Upload };

    // "Save changes to X?" Save / Discard / Cancel.
    static Answer askSaveChanges(QWidget *parent, const QString &documentName);
    // The file changed on disk since it was opened: Overwrite / Save As / Cancel.
    static Answer askChangedOnDisk(QWidget *parent, const QString &fileName);
    // Unsaved work from a session that ended abruptly: Restore / Discard.
    static Answer askRestore(QWidget *parent, const QDateTime &savedAt, const QString &documentName,
                             int rows);

    // Before every upload to production: Upload / Cancel, with the row count.
    static Answer askUploadToProduction(QWidget *parent, int rows, const QString &environment);

    // Empty when cancelled.
    static QString getOpenFileName(QWidget *parent, const QString &caption,
                                   const QString &directory, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                   const QString &filter);

    static void about(QWidget *parent, const QString &title, const QString &text);

    // The test seam: queued answers are used, in order, instead of showing a
    // dialog. A queued empty file name means "cancelled".
    static void setNextAnswer(Answer answer);
    static void setNextFileName(const QString &path);
    static void clearQueuedAnswers();
    static int queuedAnswerCount();
    // The text of the last question asked (shown or answered from the queue).
    static QString lastQuestion();
};

} // namespace Ditio
