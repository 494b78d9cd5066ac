#include "dialogs.h"

#include <QFileDialog>
#include <QList>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Ditio {

namespace {

struct Queue
{
    QList<Dialogs::Answer> answers;
    QList<QString> fileNames;
    QString lastQuestion;
};

Queue &queue()
{
    static Queue instance;
    return instance;
}

struct Choice
{
    QString text;
    QMessageBox::ButtonRole role;
    Dialogs::Answer answer;
};

// Asks with the given buttons, or takes the next queued answer. The first
// choice is the default, the last the answer to Escape.
Dialogs::Answer ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                    const QString &text, const QString &informative, const QList<Choice> &choices)
{
    queue().lastQuestion = text;
    if (!queue().answers.isEmpty())
        return queue().answers.takeFirst();

    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(informative);
    QList<QPair<QAbstractButton *, Dialogs::Answer>> buttons;
    for (const Choice &choice : choices)
        buttons.append({box.addButton(choice.text, choice.role), choice.answer});
    box.setDefaultButton(qobject_cast<QPushButton *>(buttons.first().first));
    box.setEscapeButton(buttons.last().first);
    box.exec();
    for (const auto &button : std::as_const(buttons)) {
        if (box.clickedButton() == button.first)
            return button.second;
    }
    return choices.last().answer;
}

} // namespace

Dialogs::Answer Dialogs::askSaveChanges(QWidget *parent, const QString &documentName)
{
    return ask(parent, QMessageBox::Warning, tr("Unsaved Changes"),
               tr("Save the changes to \"%1\"?").arg(documentName),
               tr("Your changes are lost if you don't save them."),
               {{tr("&Save"), QMessageBox::AcceptRole, Save},
                {tr("&Don't Save"), QMessageBox::DestructiveRole, Discard},
                {tr("Cancel"), QMessageBox::RejectRole, Cancel}});
}

Dialogs::Answer Dialogs::askChangedOnDisk(QWidget *parent, const QString &fileName)
{
    return ask(parent, QMessageBox::Warning, tr("File Changed on Disk"),
               tr("\"%1\" was changed by another program since it was opened here.").arg(fileName),
               tr("Overwrite it with the table as shown here, or save your work under a new "
                  "name to keep both?"),
               {{tr("Save &As…"), QMessageBox::AcceptRole, SaveAs},
                {tr("&Overwrite"), QMessageBox::DestructiveRole, Overwrite},
                {tr("Cancel"), QMessageBox::RejectRole, Cancel}});
}

Dialogs::Answer Dialogs::askUploadToProduction(QWidget *parent, int rows,
                                               const QString &environment)
{
    return ask(parent, QMessageBox::Warning, tr("Upload to Production"),
               tr("Upload %n row(s) to %1?", nullptr, rows).arg(environment),
               tr("This is Ditio's live system: the certificates become visible to everyone "
                  "who works with your company's employees."),
               {{tr("&Upload"), QMessageBox::AcceptRole, Upload},
                {tr("Cancel"), QMessageBox::RejectRole, Cancel}});
}

Dialogs::Answer Dialogs::askRestore(QWidget *parent, const QDateTime &savedAt,
                                    const QString &documentName, int rows)
{
    const QString when = QLocale().toString(savedAt, QLocale::ShortFormat);
    const QString detail = documentName.isEmpty()
            ? tr("An untitled table with %n row(s) was not saved when the app last closed.",
                 nullptr, rows)
            : tr("\"%1\" (%n row(s)) had unsaved changes when the app last closed.", nullptr, rows)
                      .arg(documentName);
    return ask(parent, QMessageBox::Question, tr("Restore Unsaved Work"),
               tr("Restore unsaved work from %1?").arg(when), detail,
               {{tr("&Restore"), QMessageBox::AcceptRole, Restore},
                {tr("&Discard"), QMessageBox::DestructiveRole, Discard}});
}

QString Dialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter)
{
    queue().lastQuestion = caption;
    if (!queue().fileNames.isEmpty())
        return queue().fileNames.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Dialogs::getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                 const QString &filter)
{
    queue().lastQuestion = caption;
    if (!queue().fileNames.isEmpty())
        return queue().fileNames.takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

void Dialogs::about(QWidget *parent, const QString &title, const QString &text)
{
    queue().lastQuestion = title;
    if (!queue().answers.isEmpty()) {
        queue().answers.takeFirst();
        return;
    }
    QMessageBox::about(parent, title, text);
}

void Dialogs::setNextAnswer(Answer answer)
{
    queue().answers.append(answer);
}

void Dialogs::setNextFileName(const QString &path)
{
    queue().fileNames.append(path);
}

void Dialogs::clearQueuedAnswers()
{
    queue().answers.clear();
    queue().fileNames.clear();
}

int Dialogs::queuedAnswerCount()
{
    return int(queue().answers.size() + queue().fileNames.size());
}

QString Dialogs::lastQuestion()
{
    return queue().lastQuestion;
}

} // namespace Ditio
