<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Ditio::ApiRequest</name>
    <message>
        <source>The connection to Ditio was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ditio did not answer within %n s.</source>
        <translation>
            <numerusform>Ditio did not answer within %n s.</numerusform>
            <numerusform>Ditio did not answer within %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditio answered with a redirect (HTTP %1) to “%2”. Redirects are not followed, so the access token is never sent elsewhere: check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::Autosaver</name>
    <message>
        <source>The recovery journal %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery journal %1 could not be written to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::CertificateFileReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::CertificateStore</name>
    <message>
        <source>The local store is not open. The app works without it: nothing is remembered of uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 is read-only: uploads are not remembered. Make the file writable to remember them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 is damaged and cannot be read. The app works without it: nothing is remembered of uploads until the file is moved away (a new one is made).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 is in use by another program and could not be opened in time. The app works without it: nothing is remembered of uploads until that program lets go of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer version of Ditio Certificates (store version %2; this version reads up to %3). The app works without it: update Ditio Certificates to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 cannot be used (%2). The app works without it: nothing is remembered of uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed</source>
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
        <extracomment>%1 is &quot;Rejected&quot; or &quot;Rejected by Production&quot;, %2 Ditio&apos;s words</extracomment>
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
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown to Ditio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register has not been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register as read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the source file this cell is a formula with no saved result. Open and save the file in a spreadsheet program, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the source file this value comes from a formula: its result when the file was last saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to %1 %2</source>
        <extracomment>%1 is the environment (Test, Production, ...), %2 the date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <extracomment>%1 is the environment (Test, Production, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed (%1)</source>
        <extracomment>%1 is the environment (Test, Production, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, then changed.</source>
        <extracomment>%1 is &quot;Uploaded to Test 03.12.2026 14:02&quot; or &quot;Uploaded 03.12.2026 14:02&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio confirmed these values on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1, but no clear answer came back; Ditio may or may not hold these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
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
    <name>Ditio::ColumnMapping</name>
    <message>
        <source>it is not a column mapping saved by Ditio Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved by a newer version of Ditio Certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no list of columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no header text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) names the field &quot;%3&quot;, which is not one of employeeNumber, certificateType, certificateNumber, issuedDateTime, validUntilDateTime, notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to Ditio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s test system, as in Ditio&apos;s documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s live system: real data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses you type in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stand-in Ditio on this computer, for trying things out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one in Ditio under Company Setup (Oppsett) → Integration → Create new API client, with the scope ditioapiv3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(started when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox needs no API client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Leave empty to keep the secret already stored for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type both addresses of the custom environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client id of the API client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::CsvReader</name>
    <message>
        <source>a quoted field is never closed; its quote was read as an ordinary character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field has %1 characters; a spreadsheet cell holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is not a table of certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more than %1 columns, more than a spreadsheet can have; the file is not a table of certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field runs on for more than %1 characters without closing; its quote was read as an ordinary character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field has more than %1 characters; a spreadsheet cell holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::DateColumnFormat</name>
    <message>
        <source>day-first (assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date cells</source>
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
    <message>
        <source>Upload to Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Upload %n row(s) to %1?</source>
        <translation>
            <numerusform>Upload %n row to %1?</numerusform>
            <numerusform>Upload %n rows to %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>This is Ditio&apos;s live system: the certificates become visible to everyone who works with your company&apos;s employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::DitioApiClient</name>
    <message>
        <source>Ditio refused the API client: it is disabled, expired or lacks the ditioapiv3 scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HTTP 401 with a freshly renewed token.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HTTP %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio pointed to “%1”, which is not the API address %2; the access token is only sent to the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get an access token from Ditio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Ditio (%1): the API client works and the employee register can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got an access token, but the employee register could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::DitioEnvironment</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::DitioErrorBody</name>
    <message>
        <source>%1 (and %2 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::DocumentController</name>
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
        <source>Open &amp;Sample File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a small table of certificates, some of them wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
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
        <source>Certificate files (*.ditiocerts *.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;Ditio work files (*.ditiocerts);;CSV and text files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx *.xlsm);;OpenDocument spreadsheets (*.ods);;All files (*)</source>
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
        <source>Imported %1</source>
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
</context>
<context>
    <name>Ditio::EmployeeRegisterClient</name>
    <message>
        <source>The employee register&apos;s answer is not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee register&apos;s answer holds no list of employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The employee register has more than %n pages; stopped reading.</source>
        <translation>
            <numerusform>The employee register has more than %n pages; stopped reading.</numerusform>
            <numerusform>The employee register has more than %n pages; stopped reading.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ditio&apos;s employee register could not be read after %n attempts (the last at %1): %2. Try again later.</source>
        <extracomment>%n attempts, %1 a time, %2 why (e.g. &quot;Ditio did not answer within 30 s&quot;)</extracomment>
        <translation>
            <numerusform>Ditio&apos;s employee register could not be read after %n attempts (the last at %1): %2. Try again later.</numerusform>
            <numerusform>Ditio&apos;s employee register could not be read after %n attempts (the last at %1): %2. Try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server answered %1 %n times (the last at %2)</source>
        <extracomment>%1 the status (&quot;503 Service Unavailable&quot;), %n how often, %2 a time</extracomment>
        <translation>
            <numerusform>the server answered %1 %n times (the last at %2)</numerusform>
            <numerusform>the server answered %1 %n times (the last at %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: %1. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: %1 and said: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: %1 and said: %2. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: the server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: the server answered %1 and said: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::EnvironmentBanner</name>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads change the certificates in Ditio&apos;s live system (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stand-in Ditio on this computer: try anything, nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads go to Ditio&apos;s test system (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ExportCommand</name>
    <message>
        <source>Usage: ditio-certs-cli export FILE --to OUT.csv|OUT.xlsx|OUT.json [--delimiter &apos;;&apos;|&apos;,&apos;] [--only-problems] [--sheet NAME] [--encoding NAME] [--input-delimiter CHAR] [--mapping FILE]
       ditio-certs-cli export --template OUT.xlsx
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the certificates of a work file or spreadsheet as CSV or XLSX (with each row&apos;s status and message), or as the JSON Ditio receives (the rows without errors). The format follows the extension of OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .csv, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV only: &apos;;&apos; (default, UTF-8 with BOM as Norwegian Excel opens it) or &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and XLSX only: just the rows with errors or warnings, and rows Ditio rejected or did not confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a blank XLSX template to fill in, instead of exporting a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .ditiocerts work file, a CSV or a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli export: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template takes only the name of the workbook to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template is a workbook: name it .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a blank template to %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one file at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to write with --to OUT.csv, OUT.xlsx or OUT.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: name it .csv, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter is for CSV files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;; use &apos;;&apos; or &apos;,&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--only-problems is for CSV and XLSX files; the payload holds the rows without errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 to %2.
</source>
        <extracomment>%1 is &quot;N rows&quot;, %2 the file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with errors left out; run &apos;ditio-certs-cli validate %2&apos; to see why.
</source>
        <extracomment>%1 is &quot;N rows&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the table as CSV, XLSX or Ditio&apos;s JSON payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ExportController</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for &amp;Norwegian Excel (semicolons)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, &amp;comma-separated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel Workbook (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Rows with &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only rows with errors or warnings, and rows Ditio rejected or did not confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio &amp;Payload (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The valid rows exactly as the upload sends them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank &amp;Template for HR (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workbook with the right columns, to give to whoever fills in certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates-template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates-payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a blank template to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n valid row(s) to %1</source>
        <translation>
            <numerusform>Wrote %n valid row to %1</numerusform>
            <numerusform>Wrote %n valid rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>%n row with errors left out.</numerusform>
            <numerusform>%n rows with errors left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::ExportTable</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ExportTarget</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
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
    <name>Ditio::FileSniffer</name>
    <message>
        <source>the file is empty.</source>
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
        <source>it is a Microsoft Office file in the old binary format (such as a Word .doc), not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a PDF document, not a spreadsheet. Export the list as CSV or Excel from the system it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an image (%1), not a spreadsheet. Export the list as CSV or Excel from the system it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a compressed archive (%1), not a spreadsheet. Unpack it and open the file inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is UTF-32 text, which spreadsheet programs do not write and this app does not read. Save it as UTF-8 or as Excel&apos;s &quot;Unicode text&quot; (UTF-16) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an HTML or XML text file, not a spreadsheet. Open it in a spreadsheet program and save it as an Excel workbook (.xlsx) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither text nor a spreadsheet workbook (it starts with the bytes %1).</source>
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
    <message>
        <source>Cha&amp;nge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::FindReplaceController</name>
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
    <name>Ditio::ImportController</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 cancelled; the table was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change it, use File &gt; Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more remark(s).</source>
        <translation>
            <numerusform>… and %n more remark.</numerusform>
            <numerusform>… and %n more remarks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was imported with remarks:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of %1 were added to the table; Undo takes them out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;CSV and text files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx *.xlsm);;OpenDocument spreadsheets (*.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, as no certificate field: %1. To import one, use File &gt; Import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ImportDialog</name>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the current table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row the column names are on, as the spreadsheet numbers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (31.12.2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat&amp;e order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was detected in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is hidden in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your column choices are used, and remembered for files with these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns were matched by their names. Check the mapping below; it is remembered once you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more remark(s).</source>
        <translation>
            <numerusform>… and %n more remark.</numerusform>
            <numerusform>… and %n more remarks.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is imported as %1. Choose one in the list of columns to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this column mapping to a file, for ditio-certs-cli --mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ImportMappingModel</name>
    <message>
        <source>Ignore this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field this column fills; &quot;Ignore this column&quot; leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ImportPreviewModel</name>
    <message>
        <source>Empty: this field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-digit year: write the year in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From column %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of the file fills this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a formula with no saved result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the result of a formula)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::ImportSource</name>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1904 date system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header on row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue dates %1, expiry dates %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: every date fits both day-first and month-first, so it is read day-first (03.04.2026 is 3 April). Choose month-first if the file is American.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: some dates can only be day-first and others only month-first; it is read day-first, and the others show as errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: dates with a two-digit year (%2 in all, the first &quot;%3&quot; on row %4) are left as written, not guessed; write the year in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is empty, so it cannot be the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the column mapping you confirmed on %1.</source>
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
        <source>Row %1, column %2: the cell has %3 characters, more than a spreadsheet cell can hold; only the first %4 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has %2 fields but the header has %3; the extra fields were not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: the value is right of the header&apos;s last column and was not used.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>the header (row %1) has no column for %2. Name the columns with Ditio&apos;s field names (employeeNumber, certificateType, certificateNumber, issuedDateTime, validUntilDateTime, notes) or the usual labels (Ansattnr, Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no sheet named &quot;%1&quot;; its sheets are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3; check this cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: the cell has more than %3 characters, more than a spreadsheet cell can hold; only the first %3 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds nothing but NUL bytes (zeros), no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file ends with %n NUL byte(s) after its last row (padding that some programs leave); they were ignored.</source>
        <translation>
            <numerusform>The file ends with %n NUL byte after its last row (padding that some programs leave); they were ignored.</numerusform>
            <numerusform>The file ends with %n NUL bytes after its last row (padding that some programs leave); they were ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no certificate columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of its sheets holds a table of certificates (%1). Choose the sheet to read (--sheet NAME on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::InputFile</name>
    <message>
        <source>it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file (it is a device, a pipe or a socket), and only files are read. Save the data to a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file (was it moved, renamed or deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have no permission to read it. Ask the file&apos;s owner or an administrator for read access, or copy the file to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have no permission to read it; it belongs to %1. Ask %1 or an administrator for read access, or copy the file to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::InputOptions</name>
    <message>
        <source>Text files: &apos;;&apos;, &apos;,&apos;, tab or &apos;|&apos; between the fields of FILE (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>char</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files: &apos;;&apos;, &apos;,&apos;, tab or &apos;|&apos; (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbooks: the sheet to read (default: the one named like certificates, else the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files: utf-8, utf-16, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column mapping saved from the import dialog (default: the mapping confirmed for this header layout, else the automatic one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; use utf-8, utf-16, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown input delimiter &quot;%1&quot;; use &apos;;&apos;, &apos;,&apos;, tab or &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;; use &apos;;&apos;, &apos;,&apos;, tab or &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet is for workbooks (.xlsx, .ods); %1 is a work file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet is for workbooks (.xlsx, .ods); %1 is a text file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::LocalSandbox</name>
    <message>
        <source>The sandbox could not listen on this computer&apos;s loopback address.</source>
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
        <source>About Ditio Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ditio Certificates %1&lt;/h3&gt;&lt;p&gt;Review, fix and upload your workers&apos; certificates to Ditio.&lt;/p&gt;&lt;p&gt;Type or paste certificates, see every problem where it is, and keep your work in a work file until it is sent.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import certificates from a CSV file, an Excel workbook or an OpenDocument spreadsheet</source>
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
    <name>Ditio::NetworkErrorText</name>
    <message>
        <source>the connection was refused (nothing answers at that address and port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name was not found (check the address and the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed before an answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::OdsReader</name>
    <message>
        <source>it is an OpenDocument file of another kind (%1), not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet is password-protected (encrypted). Open it in LibreOffice, save it again without a password (File &gt; Save As, &quot;Save with password&quot; off) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part that holds its sheets (%1) is missing; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the row repeats beyond the last row a sheet can have; the copies beyond it were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its rows and cells repeat to more than %1 values, more than a sheet may have; it was refused as a possible attack on memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a number but is not one; the text was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a date but is not one; the text was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a time but is not one; the text was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a true/false value but is not one; the text was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a cell lies beyond the last column a spreadsheet has (XFD) and was skipped.</source>
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
    <message>
        <source>it is a zip archive, but neither an Excel workbook (.xlsx) nor an OpenDocument spreadsheet (.ods).</source>
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
    <message>
        <source>Use the number Ditio has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the type Ditio has in all rows with this spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the spelling Ditio holds for this employee</source>
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
    <name>Ditio::ReviewReport</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee register never read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>employee register read %1 (%n day(s) before)</source>
        <translation>
            <numerusform>employee register read %1 (%n day before)</numerusform>
            <numerusform>employee register read %1 (%n days before)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Ditio (%2) · %3 · made %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review before upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review before upload to Ditio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an upload of this file would change in Ditio, judged by what this computer sent there before. Ditio cannot be asked what it holds: certificates sent from elsewhere are not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in Ditio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An upload of the changes sends %n row(s).</source>
        <translation>
            <numerusform>An upload of the changes sends %n row.</numerusform>
            <numerusform>An upload of the changes sends %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed here; the HTML report lists every row.</source>
        <translation>
            <numerusform>%n more not listed here; the HTML report lists every row.</numerusform>
            <numerusform>%n more not listed here; the HTML report lists every row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes (%n row(s))</source>
        <translation>
            <numerusform>Changes (%n row)</numerusform>
            <numerusform>Changes (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change in Ditio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old -&gt; new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 without a clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rows with problems (%n)</source>
        <translation>
            <numerusform>Rows with problems (%n)</numerusform>
            <numerusform>Rows with problems (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Employees Ditio does not know (%n)</source>
        <translation>
            <numerusform>Employees Ditio does not know (%n)</numerusform>
            <numerusform>Employees Ditio does not know (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The employee register was never read for this environment: employee numbers are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every employee number is in Ditio&apos;s register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by: ______________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and signature: ______________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::RowChange</name>
    <message>
        <source>New in Ditio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent before but unconfirmed</source>
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
    <message>
        <source>Ditio has no employee %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio has no employee %1. Did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; would become a new certificate type in Ditio, spelled almost like one it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio has earlier certificates of type &quot;%1&quot;; &quot;%2&quot; would become a new type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds half of a character (%1) at position %2, which Ditio would receive as garbage; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds the control character %1 at position %2, which Ditio would receive as part of the value; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell is a formula that was never calculated, so the file holds no value for it. Open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio already holds a certificate type spelled almost like &quot;%1&quot; for employee %2 (sent from this computer); this row would become a second certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio already holds &quot;%1&quot; for employee %2 (sent from this computer); &quot;%3&quot; would become a second certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::SaveFile</name>
    <message>
        <source>the file could not be written completely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::SecretStore</name>
    <message>
        <source>No system keychain is available: the client secret is kept in memory until the app closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access to the client secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>byte 0x%1 is not UTF-8; the file may be in another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text there is not valid UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte 0x%1 is not a Windows-1252 character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::TokenProvider</name>
    <message>
        <source>Ditio refused the access token given from outside the app (DITIO_TOKEN), and it cannot be renewed here: get a new token, or set up the API client&apos;s id and secret instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token given is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API client is set up: enter the client id and client secret from Ditio (Company Setup → Integration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ditio&apos;s sign-in service at %1 did not answer within %n s.</source>
        <translation>
            <numerusform>Ditio&apos;s sign-in service at %1 did not answer within %n s.</numerusform>
            <numerusform>Ditio&apos;s sign-in service at %1 did not answer within %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditio&apos;s sign-in service at %1 answered with a redirect (HTTP %2) to “%3”. Redirects are not followed, so the client secret is never sent elsewhere: check the identity address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio did not accept the client id or client secret (invalid_client). Check both, and that the API client was made in this Ditio environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API client may not use Ditio&apos;s integration API (%1): ask a Ditio administrator to give it the ditioapiv3 scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s sign-in service at %1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s sign-in service at %1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio&apos;s sign-in service at %1 answered, but gave no usable access token: check the identity address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::UploadCommand</name>
    <message>
        <source>Usage: ditio-certs-cli upload FILE [--env test|production|sandbox] [--api-base URL] [--identity-base URL] [--client-id ID] [--batch-size N] [--format text|json] [--report OUT.csv|OUT.json] [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--mapping FILE]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the rows without errors of a work file or spreadsheet to Ditio, after checking them against Ditio&apos;s employee register, and reports every row&apos;s result: uploaded, rejected, unconfirmed, invalid or not-sent.
Credentials: DITIO_CLIENT_ID (or --client-id) and DITIO_CLIENT_SECRET, or DITIO_TOKEN for a token obtained elsewhere. Addresses: DITIO_API_BASE and DITIO_IDENTITY_BASE (a custom environment). Flags win over the environment.
Exit 0: every row uploaded; 1: some were not; 2: usage error or unreadable file; 3: authentication or connection failure before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test (default), production, or sandbox: a stand-in Ditio started on this computer with the employees of the bundled sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address of a custom environment (default: DITIO_API_BASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address of a custom environment (default: DITIO_IDENTITY_BASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API client&apos;s id (default: DITIO_CLIENT_ID); its secret is read from DITIO_CLIENT_SECRET, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per request, %1 to %2 (default: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
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
        <source>Also write every row&apos;s result to this file, as CSV or JSON by its extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one file at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size takes a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of the report &quot;%1&quot;: name it .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the report &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown environment &quot;%1&quot;; use test, production or sandbox (or --api-base and --identity-base for other addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env and --api-base/--identity-base exclude each other: addresses make a custom environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials: set DITIO_CLIENT_ID (or --client-id) and DITIO_CLIENT_SECRET, or DITIO_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DITIO_CLIENT_SECRET is set, but no client id: set DITIO_CLIENT_ID or give --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client secret: set DITIO_CLIENT_SECRET (it is never taken from the command line, where others could read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom environment needs the API address too: give --api-base or set DITIO_API_BASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom environment needs the sign-in address too: give --identity-base or set DITIO_IDENTITY_BASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: the sandbox could not listen on this computer&apos;s loopback address.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio (Custom, production)</source>
        <extracomment>%1 is the environment: Test, Production, Custom or Sandbox</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: %1
Nothing was sent to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run log: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .ditiocerts work file, a CSV or text file, or a workbook (.xlsx, .ods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the valid rows to Ditio and report each row&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: the report could not be written: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: %1 The rows are sent without checking the employee numbers first.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::UploadController</name>
    <message>
        <source>%v of %m rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading Ditio&apos;s employee register… %n employee(s)</source>
        <translation>
            <numerusform>Reading Ditio&apos;s employee register… %n employee</numerusform>
            <numerusform>Reading Ditio&apos;s employee register… %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Ditio environment and the API client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Employee Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the employee numbers from Ditio again and check every row against them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every row without errors that is not uploaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Selected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send only the selected rows (rows with errors are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the rows that are not uploaded: rejected, unconfirmed and not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now: rows in flight become Unconfirmed, nothing more is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client secret of the API client: none is stored for it on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Ditio first: choose the environment and type the API client&apos;s id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Ditio&apos;s employee register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n employee(s) from Ditio; every row is checked against them.</source>
        <translation>
            <numerusform>Read %n employee from Ditio; every row is checked against them.</numerusform>
            <numerusform>Read %n employees from Ditio; every row is checked against them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send: every selected row has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: every row without errors is already uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client secret to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads now go to Ditio (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Employee register: %n employee(s), read %1</source>
        <translation>
            <numerusform>Employee register: %n employee, read %1</numerusform>
            <numerusform>Employee register: %n employees, read %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::UploadJob</name>
    <message>
        <source>The upload was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before Ditio answered; safe to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: the row now has errors and was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio answered with HTTP status %1, which the upload cannot handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: %1; safe to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Ditio failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio refused this row (HTTP %1) without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio refused this row as too large (HTTP 413).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio asked to wait (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Ditio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed after %1 attempts: %2; safe to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 batches in a row were not confirmed after %2 attempts each. Last problem: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: the upload stopped before Ditio answered; safe to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio asked to wait %1 s (%2); retrying at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; retry %2 of %3 in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited while being sent; send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::UploadReport</name>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::UploadRunLog</name>
    <message>
        <source>Cannot write the upload log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::UploadSession</name>
    <message>
        <source>Ditio (%1)</source>
        <extracomment>%1 is the environment: Test, Production, Custom or Sandbox</extracomment>
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
    <name>Ditio::UploadSummary</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected by Ditio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unconfirmed (safe to send again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent because of errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted while sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to %1 cancelled: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to %1 stopped: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to %1 finished: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1; time: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rejected rows, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again to upload the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::UploadSummaryDialog</name>
    <message>
        <source>Upload Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload to %1 stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row was uploaded to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every row without errors was uploaded to %1; %n row(s) with errors were not sent.</source>
        <translation>
            <numerusform>Every row without errors was uploaded to %1; %n row with errors were not sent.</numerusform>
            <numerusform>Every row without errors was uploaded to %1; %n rows with errors were not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload to %1 finished; some rows were not uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio confirmed these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ditio refused them; its reason is in each row&apos;s Status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer came; safe to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped first, or the row was edited while being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors shown in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1 · requests: %2 · time: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (errors)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::UrlPolicy</name>
    <message>
        <source>“%1” is not a complete web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address must not carry a user name or password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https:// for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed: %1</source>
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
        <source>Usage: ditio-certs-cli validate [--format text|json] [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--mapping FILE] FILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .ditiocerts work file, a CSV or text file, or a workbook (.xlsx, .ods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a work file, CSV or spreadsheet and list every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli validate: the report could not be written: %1
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
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not %3; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: the file&apos;s own text of %2 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: the value has %3 characters, more than a spreadsheet cell can hold; only the first %4 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, larger than a work file may be (%2); it was refused to keep the computer&apos;s memory free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s header does not list the columns of its rows; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file says it has %1 rows but holds %2; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; has a value a work file never holds there; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has fewer values than a row holds; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has more values than a row holds; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::WorkbookReader</name>
    <message>
        <source>its part %1 contains a document type (DOCTYPE) or entity declaration. Spreadsheet programs never write one, and it could make a reader fetch other files or expand without end, so the workbook was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is incomplete or damaged: the table of contents at the end of its zip archive is missing. It was probably cut off while downloading or copying; get the file again.</source>
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
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a text file (probably CSV), not a spreadsheet workbook, although its name says so. Open it as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (%2, at byte %3); the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one tag or text section is over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested too deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxExporter</name>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) held more than the 32,767 characters a spreadsheet cell can hold and were cut short.</source>
        <translation>
            <numerusform>%n cell held more than the 32,767 characters a spreadsheet cell can hold and were cut short.</numerusform>
            <numerusform>%n cells held more than the 32,767 characters a spreadsheet cell can hold and were cut short.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxReader</name>
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
        <source>it is an Excel binary workbook (.xlsb), which cannot be read. Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part that lists its sheets (%1) is missing; the file is damaged.</source>
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
        <source>the workbook does not say where the data of sheet &quot;%1&quot; is stored; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data of sheet &quot;%1&quot; (%2) is missing from the file; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an OpenDocument file (such as .ods), not an Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more file(s)</source>
        <translation>
            <numerusform>%1 and %n more file</numerusform>
            <numerusform>%1 and %n more files</numerusform>
        </translation>
    </message>
    <message>
        <source>it is an empty zip archive, not a spreadsheet workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a Word document (.docx), not a spreadsheet. Save the table in it as an Excel workbook or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation (.pptx), not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a zip archive holding %1, not a spreadsheet workbook. Unpack it and open the file inside.</source>
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
    <name>Ditio::XlsxWorkbookWriter</name>
    <message>
        <source>the workbook part %1 could not be written (zip error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip container could not be started (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet could not be started (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet could not be written (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worksheet could not be finished (zip error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip container could not be finished (zip error %1)</source>
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
    <name>ValidationReport</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review, fix and upload certificates to Ditio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work file (.ditiocerts) or CSV file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ditio-certs-cli: stopped: there was not enough memory for this file. Close other programs, or split the file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ditio-certs-cli COMMAND [OPTIONS] FILE

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;ditio-certs-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
