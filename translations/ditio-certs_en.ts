<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ditio::CertificateFileReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a spreadsheet workbook, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) repeats %3 and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) is not a certificate field and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has %2 fields but the header has %3; the extra fields were not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header (row %1) has no column for %2. Name the columns with Ditio&apos;s field names (employeeNumber, certificateType, certificateNumber, issuedDateTime, validUntilDateTime, notes) or the usual labels (Ansattnr, Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::CertificateTableEditor</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>Insert %n row</numerusform>
            <numerusform>Insert %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::CertificateTableModel</name>
    <message>
        <source>Needs fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source file said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Same employee number and certificate type as row %1; Ditio keeps only the last one sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same employee number and certificate type as rows %1; Ditio keeps only the last one sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is spelled &quot;%2&quot; in %n other row(s); Ditio would store them as different certificate types.</source>
        <translation>
            <numerusform>&quot;%1&quot; is spelled &quot;%2&quot; in %n other row; Ditio would store them as different certificate types.</numerusform>
            <numerusform>&quot;%1&quot; is spelled &quot;%2&quot; in %n other rows; Ditio would store them as different certificate types.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::CertificateTableView</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cleared</source>
        <translation>
            <numerusform>%n cell cleared</numerusform>
            <numerusform>%n cells cleared</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) pasted</source>
        <translation>
            <numerusform>%n cell pasted</numerusform>
            <numerusform>%n cells pasted</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: the Status column cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n row added</numerusform>
            <numerusform>%n rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) beyond Notes left out</source>
        <translation>
            <numerusform>%n column beyond Notes left out</numerusform>
            <numerusform>%n columns beyond Notes left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) deleted</source>
        <translation>
            <numerusform>%n row deleted</numerusform>
            <numerusform>%n rows deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) filled</source>
        <translation>
            <numerusform>%n cell filled</numerusform>
            <numerusform>%n cells filled</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick fix no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::CsvReader</name>
    <message>
        <source>a quoted field is never closed; the rest of the file was read as part of it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::DateLineEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::Dialogs</name>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program since it was opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite it with the table as shown here, or save your work under a new name to keep both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An untitled table with %n row(s) was not saved when the app last closed.</source>
        <translation>
            <numerusform>An untitled table with %n row was not saved when the app last closed.</numerusform>
            <numerusform>An untitled table with %n rows was not saved when the app last closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (%n row(s)) had unsaved changes when the app last closed.</source>
        <translation>
            <numerusform>&quot;%1&quot; (%n row) had unsaved changes when the app last closed.</numerusform>
            <numerusform>&quot;%1&quot; (%n rows) had unsaved changes when the app last closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::Field</name>
    <message>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::FilterBar</name>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::FindReplaceDialog</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace in &amp;selection only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and replace only among the cells selected in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a work file or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as a work file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste cells copied from Excel, LibreOffice or this table; extra rows are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Row(s) &amp;Above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Row(s) Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the top cell of the selection into the cells below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Rows with &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next cell with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems in the rows shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous cell with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a small table of certificates, some of them wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ditio Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work from %1 was restored. Save it to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample file is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sample of certificates, some of them wrong, so you can see the checks at work. Cells with problems are marked; the Problems panel lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files (*.ditiocerts *.csv);;Ditio work files (*.ditiocerts);;CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current file operation is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened with remarks:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Work File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio work files (*.ditiocerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Your changes are still in the table; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Ditio Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be sent until their errors are fixed.</source>
        <translation>
            <numerusform>%n row cannot be sent until their errors are fixed.</numerusform>
            <numerusform>%n rows cannot be sent until their errors are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled sample · not saved as a work file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 · not saved as a work file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New table · not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter was cleared to show row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick fix no longer applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cells are selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) replaced</source>
        <translation>
            <numerusform>%n cell replaced</numerusform>
            <numerusform>%n cells replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>About Ditio Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ditio Certificates %1&lt;/h3&gt;&lt;p&gt;Review, fix and upload your workers&apos; certificates to Ditio.&lt;/p&gt;&lt;p&gt;Type or paste certificates, see every problem where it is, and keep your work in a work file until it is sent.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ProblemsModel</name>
    <message>
        <source>%1
Quick fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ProblemsPanel</name>
    <message>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the quick fix of the selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cell of the selected problem (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every row can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. Double-click a problem to go to its cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::QuickFix</name>
    <message>
        <source>Swap the two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the most common spelling in all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the decimal part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::RecoveryStore</name>
    <message>
        <source>The recovery folder %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::RowValidator</name>
    <message>
        <source>The issue date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date (valid until) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood as a date; write it as 15.01.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year; write the year in full (%2?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a number a spreadsheet turned into scientific notation; digits may be lost. Type the employee number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an employee number a spreadsheet turned into a decimal number (was it %2?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee number has spaces before or after it; Ditio matches the exact text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate type is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate type has spaces before or after it; Ditio would store it as a different type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date and the expiry date are the same day; Ditio requires the issue date to be before the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date is after the expiry date; are the two dates swapped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expires today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>The certificate expires in %n day, on %1.</numerusform>
            <numerusform>The certificate expires in %n days, on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::Severity</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::TextDecoder</name>
    <message>
        <source>line %1 has bytes that are not UTF-8 (byte 0x%2); the file may be in another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-16 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has byte 0x%2, which Windows-1252 does not define</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::UploadState</name>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ValidateCommand</name>
    <message>
        <source>Checks a work file or a CSV of certificates and reports every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .ditiocerts work file, or a UTF-8 CSV whose header uses Ditio&apos;s field names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli validate: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli validate: unknown format &quot;%1&quot;; use text or json.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ditio-certs-cli validate [--format text|json] FILE
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ValidationReport</name>
    <message>
        <source>%1: %2 ready, %3 with errors, %4.</source>
        <extracomment>%1 is &quot;N rows&quot;, %4 is &quot;N warnings&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::WorkFile</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Ditio Certificates work file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated (it ends at byte %1 in the middle of the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged at byte %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Ditio Certificates (%1, work file format %2); this version reads format %3 and older. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of the file is not a row object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has an unknown upload state &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the value of %2 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a text file (probably CSV), not an Excel workbook, although its name says so. Open it as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an HTML or XML text file, not an Excel workbook (.xlsx). Open it in a spreadsheet program and save it as an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is password-protected (encrypted). Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an Excel 97-2003 workbook (.xls), an old format that cannot be read. Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a Microsoft Office file in the old binary format, not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx): it is neither a zip archive nor text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is incomplete or damaged: the table of contents at the end of its zip archive is missing. It was probably cut off while downloading or copying; get the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its zip table of contents is broken (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its part %1 does not unpack correctly (%2). Get the file again, or open it in a spreadsheet program and save it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its parts are locked with a zip password, which a workbook cannot be read with. Save it again from the spreadsheet program without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its zip archive holds %1 files, more than the %2 a workbook may have; it was refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 unpacks to %2, more than the %3 allowed for one part; it was refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it unpacks to %1 or more, more than the %2 allowed; it was refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 unpacks to %2 times its packed size, more than the %3 times real workbooks reach; it was refused as a possible zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (%2, at byte %3); the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one tag, comment or text section is over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 contains a document type (DOCTYPE) or entity declaration. Spreadsheet programs never write one, and it could make a reader fetch other files or expand without end, so the workbook was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an Excel binary workbook (.xlsb), which cannot be read. Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an OpenDocument spreadsheet (.ods), not an Excel workbook. Save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part that lists its sheets (%1) is missing; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a zip archive, but not an Excel workbook (it has no %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has more than %1 different texts, more than it may have; it was refused as a possible attack on memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook does not say where the data of sheet &quot;%1&quot; is stored; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of sheet &quot;%1&quot; (%2) is missing from the file; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad zip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxSheetParser</name>
    <message>
        <source>Row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a cell lies beyond the last column a spreadsheet has (XFD) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds a second value for this cell, or one out of order; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a number but is not one; the text was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the number %2 is formatted as a date, but no date has that number; the number was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell refers to shared text number %2, which the workbook does not have; the cell was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8; the cell was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a true/false value but is not one; the text was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a date but is not one; the text was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell has more than %2 characters, more than a spreadsheet cell can hold; only the first %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the formula has no saved result (the program that wrote the file did not calculate it); the cell was left empty. Open and save the file in a spreadsheet program to fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxXmlScanner</name>
    <message>
        <source>a &apos;&lt;&apos; that starts no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;/&apos; inside a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute value without quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;&lt;&apos; in an attribute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a broken end tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end tag without a start tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end tag that does not match its start tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML declaration that is not at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown entity or a bad character reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: ditio-certs-cli COMMAND [OPTIONS] FILE

Commands:
  validate   check a work file or CSV and list every problem

Run &apos;ditio-certs-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, fix and upload certificates to Ditio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work file (.ditiocerts) or CSV file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
