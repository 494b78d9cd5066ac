#pragma once

#include "model/uploadstate.h"
#include "upload/uploadsummary.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Ditio {

// What an upload did, at the end of a run: how many rows ended in each state, how long it
// took, where it went, why it stopped if it did, and a link per state that filters the table
// to those rows.
class UploadSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UploadSummaryDialog(const UploadSummary &summary, QWidget *parent = nullptr);

    QString headline() const;
    QString countsText() const; // the counts table as plain text, for tests and the clipboard

signals:
    // The user wants to see the rows in this state.
    void showRowsRequested(Ditio::UploadState state);
    void sendAgainRequested();

private:
    UploadSummary m_summary;
    QLabel *m_headline;
    QLabel *m_counts;
};

} // namespace Ditio
