<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
            <numerusform>Sett inn %n rad</numerusform>
            <numerusform>Sett inn %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Slett %n rad</numerusform>
            <numerusform>Slett %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Fyll ned</translation>
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
        <translation>Må rettes</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Same employee number and certificate type as row %1; Ditio keeps only the last one sent.</source>
        <translation>Samme ansattnummer og sertifikattype som rad %1; Ditio beholder bare den siste som sendes.</translation>
    </message>
    <message>
        <source>Same employee number and certificate type as rows %1; Ditio keeps only the last one sent.</source>
        <translation>Samme ansattnummer og sertifikattype som radene %1; Ditio beholder bare den siste som sendes.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is spelled &quot;%2&quot; in %n other row(s); Ditio would store them as different certificate types.</source>
        <translation>
            <numerusform>«%1» er skrevet «%2» i %n annen rad; Ditio ville lagret dem som forskjellige sertifikattyper.</numerusform>
            <numerusform>«%1» er skrevet «%2» i %n andre rader; Ditio ville lagret dem som forskjellige sertifikattyper.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::CertificateTableView</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikater</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <source>Delete contents</source>
        <translation>Slett innhold</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cleared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) pasted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: the Status column cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) beyond Notes left out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) filled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quick fixes</source>
        <translation>Hurtigrettinger</translation>
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
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Velg en dato</translation>
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
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Lagre endringene i «%1»?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Endringene går tapt hvis du ikke lagrer dem.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Ikke lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Filen er endret på disken</translation>
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
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overskriv</translation>
    </message>
    <message numerus="yes">
        <source>An untitled table with %n row(s) was not saved when the app last closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (%n row(s)) had unsaved changes when the app last closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Gjenopprett ulagret arbeid</translation>
    </message>
    <message>
        <source>Restore unsaved work from %1?</source>
        <translation>Gjenopprette ulagret arbeid fra %1?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
</context>
<context>
    <name>Ditio::Field</name>
    <message>
        <source>Employee number</source>
        <translation>Ansattnummer</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>Sertifikattype</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Sertifikatnummer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>Ditio::FilterBar</name>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation>Bare rader med &amp;problemer</translation>
    </message>
    <message>
        <source>Search all columns</source>
        <translation>Søk i alle kolonner</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>Ditio::FindReplaceDialog</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Skill mellom store og små &amp;bokstaver</translation>
    </message>
    <message>
        <source>&amp;Whole cell</source>
        <translation>&amp;Hele cellen</translation>
    </message>
    <message>
        <source>Replace in &amp;selection only</source>
        <translation>Erstatt bare i &amp;merket område</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Finn &amp;neste</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Finn &amp;forrige</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Erstatt &amp;alle</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Søk og erstatt</translation>
    </message>
    <message>
        <source>Search and replace only among the cells selected in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Finn:</translation>
    </message>
    <message>
        <source>Replace wit&amp;h:</source>
        <translation>Erstatt &amp;med:</translation>
    </message>
</context>
<context>
    <name>Ditio::MainWindow</name>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemer (%1)</translation>
    </message>
    <message>
        <source>&amp;Problems Panel</source>
        <translation>&amp;Problempanel</translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>Start a new, empty table</source>
        <translation>Start en ny, tom tabell</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne…</translation>
    </message>
    <message>
        <source>Open a work file or a CSV file</source>
        <translation>Åpne en arbeidsfil eller en CSV-fil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the table as a work file</source>
        <translation>Lagre tabellen som arbeidsfil</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Paste cells copied from Excel, LibreOffice or this table; extra rows are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Contents</source>
        <translation>&amp;Slett innhold</translation>
    </message>
    <message>
        <source>Insert Row(s) &amp;Above</source>
        <translation>Sett inn rad(er) &amp;over</translation>
    </message>
    <message>
        <source>&amp;Insert Row(s) Below</source>
        <translation>Sett &amp;inn rad(er) under</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <source>Delete &amp;Row(s)</source>
        <translation>Slett &amp;rad(er)</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Slett rader</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Fyll &amp;ned</translation>
    </message>
    <message>
        <source>Copy the top cell of the selection into the cells below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>Merk &amp;alt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Søk…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>Søk og &amp;erstatt…</translation>
    </message>
    <message>
        <source>Only Rows with &amp;Problems</source>
        <translation>Bare rader med &amp;problemer</translation>
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
        <translation>&amp;Neste problem</translation>
    </message>
    <message>
        <source>Go to the next cell with a problem</source>
        <translation>Gå til neste celle med et problem</translation>
    </message>
    <message>
        <source>No problems in the rows shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Forrige problem</translation>
    </message>
    <message>
        <source>Go to the previous cell with a problem</source>
        <translation>Gå til forrige celle med et problem</translation>
    </message>
    <message>
        <source>Open &amp;Sample File</source>
        <translation>Åpne &amp;eksempelfil</translation>
    </message>
    <message>
        <source>Open a small table of certificates, some of them wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ditio Certificates</source>
        <translation>&amp;Om Ditio Sertifikater</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylig brukte</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Verktøylinje</translation>
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
        <translation>Dette er et eksempel på sertifikater, noen av dem med feil, så du kan se kontrollene i arbeid. Celler med problemer er merket; problempanelet viser alle.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
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
        <translation>Åpner %1…</translation>
    </message>
    <message>
        <source>%1 was opened with remarks:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <source>Save Work File</source>
        <translation>Lagre arbeidsfil</translation>
    </message>
    <message>
        <source>Ditio work files (*.ditiocerts)</source>
        <translation>Ditio-arbeidsfiler (*.ditiocerts)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Lagrer %1…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>%1
Your changes are still in the table; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Ditio Certificates</source>
        <translation>%1[*] — Ditio Sertifikater</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be sent until their errors are fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation>Medfølgende eksempel · ikke lagret som arbeidsfil ennå</translation>
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
        <translation>Ingen nylig brukte filer</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Tøm listen</translation>
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
            <numerusform>%n celle erstattet</numerusform>
            <numerusform>%n celler erstattet</numerusform>
        </translation>
    </message>
    <message>
        <source>About Ditio Certificates</source>
        <translation>Om Ditio Sertifikater</translation>
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
        <translation>Lukk denne meldingen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Lukk meldingen</translation>
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
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Ditio::ProblemsPanel</name>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Rett</translation>
    </message>
    <message>
        <source>&amp;Go to Cell</source>
        <translation>&amp;Gå til cellen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Sertifikatnummer</translation>
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
        <translation>&amp;Rett: %1</translation>
    </message>
    <message>
        <source>No problems: every row can be sent.</source>
        <translation>Ingen problemer: alle rader kan sendes.</translation>
    </message>
    <message>
        <source>%1, %2. Double-click a problem to go to its cell.</source>
        <translation>%1, %2. Dobbeltklikk på et problem for å gå til cellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::QuickFix</name>
    <message>
        <source>Swap the two dates</source>
        <translation>Bytt om de to datoene</translation>
    </message>
    <message>
        <source>Remove the spaces</source>
        <translation>Fjern mellomrommene</translation>
    </message>
    <message>
        <source>Use the most common spelling in all rows</source>
        <translation>Bruk den vanligste skrivemåten i alle rader</translation>
    </message>
    <message>
        <source>Remove the decimal part</source>
        <translation>Fjern desimaldelen</translation>
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
        <translation>Utstedelsesdatoen mangler.</translation>
    </message>
    <message>
        <source>The expiry date (valid until) is missing.</source>
        <translation>Utløpsdatoen (gyldig til) mangler.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the calendar.</source>
        <translation>«%1» er ikke en dato som finnes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not understood as a date; write it as 15.01.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a two-digit year; write the year in full (%2?).</source>
        <translation>«%1» har tosifret årstall; skriv hele årstallet (%2?).</translation>
    </message>
    <message>
        <source>The employee number is missing.</source>
        <translation>Ansattnummeret mangler.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a number a spreadsheet turned into scientific notation; digits may be lost. Type the employee number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an employee number a spreadsheet turned into a decimal number (was it %2?).</source>
        <translation>«%1» ser ut som et ansattnummer et regneark har gjort om til et desimaltall (var det %2?).</translation>
    </message>
    <message>
        <source>The employee number has spaces before or after it; Ditio matches the exact text.</source>
        <translation>Ansattnummeret har mellomrom foran eller bak; Ditio sammenligner den nøyaktige teksten.</translation>
    </message>
    <message>
        <source>The certificate type is missing.</source>
        <translation>Sertifikattypen mangler.</translation>
    </message>
    <message>
        <source>The certificate type has spaces before or after it; Ditio would store it as a different type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date and the expiry date are the same day; Ditio requires the issue date to be before the expiry date.</source>
        <translation>Utstedelsesdatoen og utløpsdatoen er samme dag; Ditio krever at utstedelsesdatoen er før utløpsdatoen.</translation>
    </message>
    <message>
        <source>The issue date is after the expiry date; are the two dates swapped?</source>
        <translation>Utstedelsesdatoen er etter utløpsdatoen; er de to datoene byttet om?</translation>
    </message>
    <message>
        <source>The issue date %1 is in the future.</source>
        <translation>Utstedelsesdatoen %1 er fram i tid.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Sertifikatet gikk ut %1.</translation>
    </message>
    <message>
        <source>The certificate expires today.</source>
        <translation>Sertifikatet går ut i dag.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Sertifikatet går ut om %n dag, %1.</numerusform>
            <numerusform>Sertifikatet går ut om %n dager, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::Severity</name>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
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
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Lastet opp</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Ubekreftet</translation>
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
        <translation>%1: %2 klare, %3 med feil, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
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
