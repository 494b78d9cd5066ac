<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>Ditio::ApiRequest</name>
    <message>
        <source>The connection to Ditio was closed.</source>
        <translation>Tilkoblingen til Ditio ble lukket.</translation>
    </message>
    <message numerus="yes">
        <source>Ditio did not answer within %n s.</source>
        <translation>
            <numerusform>Ditio svarte ikke innen %n s.</numerusform>
            <numerusform>Ditio svarte ikke innen %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditio answered with a redirect (HTTP %1) to “%2”. Redirects are not followed, so the access token is never sent elsewhere: check the API address.</source>
        <translation>Ditio svarte med en omdirigering (HTTP %1) til «%2». Omdirigeringer følges ikke, slik at tilgangstokenet aldri sendes andre steder: kontroller API-adressen.</translation>
    </message>
    <message>
        <source>Ditio answered HTTP %1.</source>
        <translation>Ditio svarte HTTP %1.</translation>
    </message>
    <message>
        <source>Ditio answered HTTP %1: %2</source>
        <translation>Ditio svarte HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>Ditio::Autosaver</name>
    <message>
        <source>The recovery journal %1 could not be written: %2</source>
        <translation>Gjenopprettingsjournalen %1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>The recovery journal %1 could not be written to the disk.</source>
        <translation>Gjenopprettingsjournalen %1 kunne ikke skrives til disken.</translation>
    </message>
</context>
<context>
    <name>Ditio::CertificateFileReader</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åpnes: %2</translation>
    </message>
</context>
<context>
    <name>Ditio::CertificateStore</name>
    <message>
        <source>The local store is not open. The app works without it: nothing is remembered of uploads.</source>
        <translation>Den lokale lagringen er ikke åpen. Appen fungerer uten den: ingenting huskes om opplastinger.</translation>
    </message>
    <message>
        <source>The local store %1 is read-only: uploads are not remembered. Make the file writable to remember them.</source>
        <translation>Den lokale lagringen %1 er skrivebeskyttet: opplastinger huskes ikke. Gjør filen skrivbar for å huske dem.</translation>
    </message>
    <message>
        <source>The local store %1 is damaged and cannot be read. The app works without it: nothing is remembered of uploads until the file is moved away (a new one is made).</source>
        <translation>Den lokale lagringen %1 er skadet og kan ikke leses. Appen fungerer uten den: ingenting huskes om opplastinger før filen flyttes bort (en ny blir laget).</translation>
    </message>
    <message>
        <source>The local store %1 is in use by another program and could not be opened in time. The app works without it: nothing is remembered of uploads until that program lets go of it.</source>
        <translation>Den lokale lagringen %1 er i bruk av et annet program og kunne ikke åpnes i tide. Appen fungerer uten den: ingenting huskes om opplastinger før det programmet slipper den.</translation>
    </message>
    <message>
        <source>The local store %1 was written by a newer version of Ditio Certificates (store version %2; this version reads up to %3). The app works without it: update Ditio Certificates to use it.</source>
        <translation>Den lokale lagringen %1 ble skrevet av en nyere versjon av Ditio Certificates (lagringsversjon %2; denne versjonen leser opp til %3). Appen fungerer uten den: oppdater Ditio Certificates for å bruke den.</translation>
    </message>
    <message>
        <source>The local store %1 cannot be used (%2). The app works without it: nothing is remembered of uploads.</source>
        <translation>Den lokale lagringen %1 kan ikke brukes (%2). Appen fungerer uten den: ingenting huskes om opplastinger.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>den er en mappe</translation>
    </message>
    <message>
        <source>its folder cannot be made</source>
        <translation>mappen for den kan ikke opprettes</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed</source>
        <translation>Qts SQLite-driver er ikke installert</translation>
    </message>
</context>
<context>
    <name>Ditio::CertificateTableEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
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
        <translation>Erstatt «%1» med «%2»</translation>
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
        <extracomment>%1 is &quot;Rejected&quot; or &quot;Rejected by Production&quot;, %2 Ditio&apos;s words</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>Lastet opp %1</translation>
    </message>
    <message>
        <source>Ditio said: %1</source>
        <translation>Ditio svarte: %1</translation>
    </message>
    <message>
        <source>The source file said: %1</source>
        <translation>I kildefilen: %1</translation>
    </message>
    <message>
        <source>Typed: %1</source>
        <translation>Skrevet inn: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n til</numerusform>
            <numerusform>%1 og %n til</numerusform>
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
    <message>
        <source>Employee</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>unknown to Ditio</source>
        <translation>ukjent for Ditio</translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register has not been read.</source>
        <translation>Ditios ansattregister er ikke lest.</translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register as read %1.</source>
        <translation>Ditios ansattregister slik det ble lest %1.</translation>
    </message>
    <message>
        <source>In the source file this cell is a formula with no saved result. Open and save the file in a spreadsheet program, then import it again.</source>
        <translation>I kildefilen er denne cellen en formel uten lagret resultat. Åpne og lagre filen i et regnearkprogram, og importer den på nytt.</translation>
    </message>
    <message>
        <source>In the source file this value comes from a formula: its result when the file was last saved.</source>
        <translation>I kildefilen kommer denne verdien fra en formel: resultatet da filen sist ble lagret.</translation>
    </message>
    <message>
        <source>Uploaded to %1 %2</source>
        <extracomment>%1 is the environment (Test, Production, ...), %2 the date and time</extracomment>
        <translation>Lastet opp til %1 %2</translation>
    </message>
    <message>
        <source>Uploaded to %1</source>
        <translation>Lastet opp til %1</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <extracomment>%1 is the environment (Test, Production, ...)</extracomment>
        <translation>Avvist av %1</translation>
    </message>
    <message>
        <source>Unconfirmed (%1)</source>
        <extracomment>%1 is the environment (Test, Production, ...)</extracomment>
        <translation>Ubekreftet (%1)</translation>
    </message>
    <message>
        <source>Changed since upload</source>
        <translation>Endret siden opplasting</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1, then changed.</source>
        <extracomment>%1 is &quot;Uploaded to Test 03.12.2026 14:02&quot; or &quot;Uploaded 03.12.2026 14:02&quot;</extracomment>
        <translation>%1, deretter endret.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Sendt til %1.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Ditio confirmed these values on %1.</source>
        <translation>Ditio bekreftet disse verdiene %1.</translation>
    </message>
    <message>
        <source>Sent on %1, but no clear answer came back; Ditio may or may not hold these values.</source>
        <translation>Sendt %1, men det kom ikke noe klart svar; Ditio har kanskje ikke disse verdiene.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
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
        <translation>
            <numerusform>%n celle tømt</numerusform>
            <numerusform>%n celler tømt</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) pasted</source>
        <translation>
            <numerusform>%n celle limt inn</numerusform>
            <numerusform>%n celler limt inn</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing pasted: the Status column cannot be edited.</source>
        <translation>Ingenting ble limt inn: Status-kolonnen kan ikke redigeres.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n rad lagt til</numerusform>
            <numerusform>%n rader lagt til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) beyond Notes left out</source>
        <translation>
            <numerusform>%n kolonne etter Merknad utelatt</numerusform>
            <numerusform>%n kolonner etter Merknad utelatt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) deleted</source>
        <translation>
            <numerusform>%n rad slettet</numerusform>
            <numerusform>%n rader slettet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) filled</source>
        <translation>
            <numerusform>%n celle fylt</numerusform>
            <numerusform>%n celler fylt</numerusform>
        </translation>
    </message>
    <message>
        <source>Quick fixes</source>
        <translation>Hurtigrettinger</translation>
    </message>
    <message>
        <source>The quick fix no longer applies.</source>
        <translation>Hurtigrettingen gjelder ikke lenger.</translation>
    </message>
</context>
<context>
    <name>Ditio::ColumnMapping</name>
    <message>
        <source>it is not a column mapping saved by Ditio Certificates.</source>
        <translation>det er ikke en kolonnekobling lagret av Ditio Sertifikater.</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Ditio Certificates.</source>
        <translation>den ble lagret av en nyere versjon av Ditio Sertifikater.</translation>
    </message>
    <message>
        <source>it has no list of columns.</source>
        <translation>den har ingen liste over kolonner.</translation>
    </message>
    <message>
        <source>column %1 has no header text.</source>
        <translation>kolonne %1 har ingen overskrift.</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;) names the field &quot;%3&quot;, which is not one of employeeNumber, certificateType, certificateNumber, issuedDateTime, validUntilDateTime, notes.</source>
        <translation>kolonne %1 («%2») angir feltet «%3», som ikke er ett av employeeNumber, certificateType, certificateNumber, issuedDateTime, validUntilDateTime, notes.</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold %3.</source>
        <translation>kolonne %1 og %2 inneholder begge %3.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
</context>
<context>
    <name>Ditio::ConnectionDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Connection to Ditio</source>
        <translation>Tilkobling til Ditio</translation>
    </message>
    <message>
        <source>Ditio&apos;s test system, as in Ditio&apos;s documentation</source>
        <translation>Ditios testsystem, som i Ditios dokumentasjon</translation>
    </message>
    <message>
        <source>Ditio&apos;s live system: real data</source>
        <translation>Ditios produksjonssystem: ekte data</translation>
    </message>
    <message>
        <source>Addresses you type in</source>
        <translation>Adresser du skriver inn selv</translation>
    </message>
    <message>
        <source>A stand-in Ditio on this computer, for trying things out</source>
        <translation>En simulert Ditio på denne datamaskinen, for å prøve ting ut</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> rader</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Miljø:</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-adresse:</translation>
    </message>
    <message>
        <source>&amp;Identity address:</source>
        <translation>&amp;Identitetsadresse:</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>API-klient</translation>
    </message>
    <message>
        <source>Create one in Ditio under Company Setup (Oppsett) → Integration → Create new API client, with the scope ditioapiv3.</source>
        <translation>Opprett en i Ditio under Oppsett → Integrasjon → Opprett ny API-klient, med tilgangsområdet (scope) ditioapiv3.</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Klient-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Klient&amp;hemmelighet:</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Rows per &amp;request:</source>
        <translation>Rader per &amp;forespørsel:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>&amp;Samtidige forespørsler:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tester tilkoblingen…</translation>
    </message>
    <message>
        <source>(started when needed)</source>
        <translation>(startes ved behov)</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>innebygd</translation>
    </message>
    <message>
        <source>The sandbox needs no API client.</source>
        <translation>Sandkassen trenger ingen API-klient.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Leave empty to keep the secret already stored for this client.</source>
        <translation>Lagres i systemets nøkkelring, aldri i en fil. La feltet stå tomt for å beholde hemmeligheten som allerede er lagret for denne klienten.</translation>
    </message>
    <message>
        <source>Type both addresses of the custom environment.</source>
        <translation>Skriv inn begge adressene for det egendefinerte miljøet.</translation>
    </message>
    <message>
        <source>Type the client id of the API client.</source>
        <translation>Skriv inn klient-ID-en til API-klienten.</translation>
    </message>
</context>
<context>
    <name>Ditio::CsvReader</name>
    <message>
        <source>a quoted field is never closed; its quote was read as an ordinary character</source>
        <translation>et felt i anførselstegn blir aldri avsluttet; anførselstegnet ble lest som et vanlig tegn</translation>
    </message>
    <message>
        <source>the field has %1 characters; a spreadsheet cell holds at most %2</source>
        <translation>feltet har %1 tegn; en regnearkcelle rommer høyst %2</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is not a table of certificates</source>
        <translation>raden er lengre enn %1 tegn; filen er ikke en tabell over sertifikater</translation>
    </message>
    <message>
        <source>the row has more than %1 columns, more than a spreadsheet can have; the file is not a table of certificates</source>
        <translation>raden har flere enn %1 kolonner, flere enn et regneark kan ha; filen er ikke en tabell over sertifikater</translation>
    </message>
    <message>
        <source>a quoted field runs on for more than %1 characters without closing; its quote was read as an ordinary character</source>
        <translation>et felt i anførselstegn fortsetter i mer enn %1 tegn uten å bli avsluttet; anførselstegnet ble lest som et vanlig tegn</translation>
    </message>
    <message>
        <source>the field has more than %1 characters; a spreadsheet cell holds at most %2</source>
        <translation>feltet har mer enn %1 tegn; en regnearkcelle rommer høyst %2</translation>
    </message>
</context>
<context>
    <name>Ditio::DateColumnFormat</name>
    <message>
        <source>day-first (assumed)</source>
        <translation>dag først (antatt)</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>dag først</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>måned først</translation>
    </message>
    <message>
        <source>year-first</source>
        <translation>år først</translation>
    </message>
    <message>
        <source>Excel serial numbers</source>
        <translation>Excel-serienumre</translation>
    </message>
    <message>
        <source>date cells</source>
        <translation>datoceller</translation>
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
        <translation>Velg en dato i en kalender (Alt+Pil ned)</translation>
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
        <translation>«%1» er endret av et annet program etter at den ble åpnet her.</translation>
    </message>
    <message>
        <source>Overwrite it with the table as shown here, or save your work under a new name to keep both?</source>
        <translation>Vil du overskrive den med tabellen slik den vises her, eller lagre arbeidet under et nytt navn for å beholde begge?</translation>
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
        <translation>
            <numerusform>En tabell uten navn med %n rad ble ikke lagret da programmet sist ble lukket.</numerusform>
            <numerusform>En tabell uten navn med %n rader ble ikke lagret da programmet sist ble lukket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; (%n row(s)) had unsaved changes when the app last closed.</source>
        <translation>
            <numerusform>«%1» (%n rad) hadde ulagrede endringer da programmet sist ble lukket.</numerusform>
            <numerusform>«%1» (%n rader) hadde ulagrede endringer da programmet sist ble lukket.</numerusform>
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
    <message>
        <source>Upload to Production</source>
        <translation>Last opp til produksjon</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n row(s) to %1?</source>
        <translation>
            <numerusform>Laste opp %n rad til %1?</numerusform>
            <numerusform>Laste opp %n rader til %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>This is Ditio&apos;s live system: the certificates become visible to everyone who works with your company&apos;s employees.</source>
        <translation>Dette er Ditios produksjonssystem: sertifikatene blir synlige for alle som jobber med bedriftens ansatte.</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Last opp</translation>
    </message>
</context>
<context>
    <name>Ditio::DitioApiClient</name>
    <message>
        <source>Ditio refused the API client: it is disabled, expired or lacks the ditioapiv3 scope.</source>
        <translation>Ditio avviste API-klienten: den er deaktivert, utløpt eller mangler tilgangsområdet ditioapiv3.</translation>
    </message>
    <message>
        <source>(HTTP 401 with a freshly renewed token.)</source>
        <translation>(HTTP 401 med et nettopp fornyet token.)</translation>
    </message>
    <message>
        <source>(HTTP %1.)</source>
        <translation>(HTTP %1.)</translation>
    </message>
    <message>
        <source>Ditio pointed to “%1”, which is not the API address %2; the access token is only sent to the API address.</source>
        <translation>Ditio viste til «%1», som ikke er API-adressen %2; tilgangstokenet sendes bare til API-adressen.</translation>
    </message>
    <message>
        <source>Could not get an access token from Ditio: %1</source>
        <translation>Fikk ikke tilgangstoken fra Ditio: %1</translation>
    </message>
    <message>
        <source>Connected to Ditio (%1): the API client works and the employee register can be read.</source>
        <translation>Koblet til Ditio (%1): API-klienten virker, og ansattregisteret kan leses.</translation>
    </message>
    <message>
        <source>Got an access token, but the employee register could not be read: %1</source>
        <translation>Fikk tilgangstoken, men ansattregisteret kunne ikke leses: %1</translation>
    </message>
</context>
<context>
    <name>Ditio::DitioEnvironment</name>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
</context>
<context>
    <name>Ditio::DitioErrorBody</name>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (og %2 til)</translation>
    </message>
</context>
<context>
    <name>Ditio::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Gjenopprettet</translation>
    </message>
</context>
<context>
    <name>Ditio::DocumentController</name>
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
        <source>Open &amp;Sample File</source>
        <translation>Åpne &amp;eksempelfil</translation>
    </message>
    <message>
        <source>Open a small table of certificates, some of them wrong</source>
        <translation>Åpne en liten tabell med sertifikater, noen av dem med feil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylig brukte</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
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
        <source>Unsaved work from %1 was restored. Save it to keep it.</source>
        <translation>Ulagret arbeid fra %1 ble gjenopprettet. Lagre det for å beholde det.</translation>
    </message>
    <message>
        <source>The sample file is missing from this build.</source>
        <translation>Eksempelfilen mangler i denne versjonen av programmet.</translation>
    </message>
    <message>
        <source>the sample file</source>
        <translation>eksempelfilen</translation>
    </message>
    <message>
        <source>Sample certificates</source>
        <translation>Eksempelsertifikater</translation>
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
        <source>Certificate files (*.ditiocerts *.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;Ditio work files (*.ditiocerts);;CSV and text files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx *.xlsm);;OpenDocument spreadsheets (*.ods);;All files (*)</source>
        <translation>Sertifikatfiler (*.ditiocerts *.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;Ditio-arbeidsfiler (*.ditiocerts);;CSV- og tekstfiler (*.csv *.txt *.tsv);;Excel-arbeidsbøker (*.xlsx *.xlsm);;OpenDocument-regneark (*.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Wait until the current file operation is finished.</source>
        <translation>Vent til den pågående filoperasjonen er ferdig.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Åpner %1…</translation>
    </message>
    <message>
        <source>%1 was opened with remarks:
%2</source>
        <translation>%1 ble åpnet med merknader:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Åpnet %1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importerte %1</translation>
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
        <translation>%1
Endringene dine er fortsatt i tabellen; ingenting ble overskrevet.</translation>
    </message>
</context>
<context>
    <name>Ditio::EmployeeRegisterClient</name>
    <message>
        <source>The employee register&apos;s answer is not JSON (%1).</source>
        <translation>Svaret fra ansattregisteret er ikke JSON (%1).</translation>
    </message>
    <message>
        <source>The employee register&apos;s answer holds no list of employees.</source>
        <translation>Svaret fra ansattregisteret inneholder ingen liste over ansatte.</translation>
    </message>
    <message numerus="yes">
        <source>The employee register has more than %n pages; stopped reading.</source>
        <translation>
            <numerusform>Ansattregisteret har mer enn %n side; lesingen ble stoppet.</numerusform>
            <numerusform>Ansattregisteret har mer enn %n sider; lesingen ble stoppet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ditio&apos;s employee register could not be read after %n attempts (the last at %1): %2. Try again later.</source>
        <extracomment>%n attempts, %1 a time, %2 why (e.g. &quot;Ditio did not answer within 30 s&quot;)</extracomment>
        <translation>
            <numerusform>Ditios ansattregister kunne ikke leses etter %n forsøk (det siste kl. %1): %2. Prøv igjen senere.</numerusform>
            <numerusform>Ditios ansattregister kunne ikke leses etter %n forsøk (det siste kl. %1): %2. Prøv igjen senere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: %1.</source>
        <translation>Ditios ansattregister kunne ikke leses: %1.</translation>
    </message>
    <message numerus="yes">
        <source>the server answered %1 %n times (the last at %2)</source>
        <extracomment>%1 the status (&quot;503 Service Unavailable&quot;), %n how often, %2 a time</extracomment>
        <translation>
            <numerusform>serveren svarte %1 %n gang (den siste kl. %2)</numerusform>
            <numerusform>serveren svarte %1 %n ganger (den siste kl. %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: %1. Try again later.</source>
        <translation>Ditios ansattregister kunne ikke leses: %1. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: %1 and said: %2.</source>
        <translation>Ditios ansattregister kunne ikke leses: %1 og sa: %2.</translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: %1 and said: %2. Try again later.</source>
        <translation>Ditios ansattregister kunne ikke leses: %1 og sa: %2. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: the server answered %1.</source>
        <translation>Ditios ansattregister kunne ikke leses: serveren svarte %1.</translation>
    </message>
    <message>
        <source>Ditio&apos;s employee register could not be read: the server answered %1 and said: %2.</source>
        <translation>Ditios ansattregister kunne ikke leses: serveren svarte %1 og sa: %2.</translation>
    </message>
</context>
<context>
    <name>Ditio::EnvironmentBanner</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKSJON</translation>
    </message>
    <message>
        <source>Uploads change the certificates in Ditio&apos;s live system (%1).</source>
        <translation>Opplastinger endrer sertifikatene i Ditios produksjonssystem (%1).</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDKASSE</translation>
    </message>
    <message>
        <source>A stand-in Ditio on this computer: try anything, nothing leaves it.</source>
        <translation>En simulert Ditio på denne datamaskinen: prøv hva du vil, ingenting sendes ut.</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>EGENDEFINERT</translation>
    </message>
    <message>
        <source>Uploads go to %1.</source>
        <translation>Opplastinger går til %1.</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>Uploads go to Ditio&apos;s test system (%1).</source>
        <translation>Opplastinger går til Ditios testsystem (%1).</translation>
    </message>
    <message>
        <source>Ditio environment: %1</source>
        <translation>Ditio-miljø: %1</translation>
    </message>
</context>
<context>
    <name>Ditio::ExportCommand</name>
    <message>
        <source>Usage: ditio-certs-cli export FILE --to OUT.csv|OUT.xlsx|OUT.json [--delimiter &apos;;&apos;|&apos;,&apos;] [--only-problems] [--sheet NAME] [--encoding NAME] [--input-delimiter CHAR] [--mapping FILE]
       ditio-certs-cli export --template OUT.xlsx
</source>
        <translation>Bruk: ditio-certs-cli export FIL --to OUT.csv|OUT.xlsx|OUT.json [--delimiter &apos;;&apos;|&apos;,&apos;] [--only-problems] [--sheet NAVN] [--encoding NAVN] [--input-delimiter TEGN] [--mapping FIL]
      ditio-certs-cli export --template OUT.xlsx
</translation>
    </message>
    <message>
        <source>Writes the certificates of a work file or spreadsheet as CSV or XLSX (with each row&apos;s status and message), or as the JSON Ditio receives (the rows without errors). The format follows the extension of OUT.</source>
        <translation>Skriver sertifikatene i en arbeidsfil eller et regneark som CSV eller XLSX (med status og melding for hver rad), eller som JSON-en Ditio mottar (radene uten feil). Formatet følger filtypen til OUT.</translation>
    </message>
    <message>
        <source>The file to write: .csv, .xlsx or .json.</source>
        <translation>Filen som skal skrives: .csv, .xlsx eller .json.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>CSV only: &apos;;&apos; (default, UTF-8 with BOM as Norwegian Excel opens it) or &apos;,&apos;.</source>
        <translation>Bare CSV: &apos;;&apos; (standard, UTF-8 med BOM slik norsk Excel åpner det) eller &apos;,&apos;.</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>skilletegn</translation>
    </message>
    <message>
        <source>CSV and XLSX only: just the rows with errors or warnings, and rows Ditio rejected or did not confirm.</source>
        <translation>Bare CSV og XLSX: bare radene med feil eller advarsler, og rader Ditio avviste eller ikke bekreftet.</translation>
    </message>
    <message>
        <source>Write a blank XLSX template to fill in, instead of exporting a file.</source>
        <translation>Skriv en tom XLSX-mal til utfylling i stedet for å eksportere en fil.</translation>
    </message>
    <message>
        <source>OUT.xlsx</source>
        <translation>OUT.xlsx</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandoen.</translation>
    </message>
    <message>
        <source>A .ditiocerts work file, a CSV or a spreadsheet.</source>
        <translation>En .ditiocerts-arbeidsfil, en CSV-fil eller et regneark.</translation>
    </message>
    <message>
        <source>ditio-certs-cli export: %1
</source>
        <translation>ditio-certs-cli export: %1
</translation>
    </message>
    <message>
        <source>--template takes only the name of the workbook to write.</source>
        <translation>--template tar bare navnet på arbeidsboken som skal skrives.</translation>
    </message>
    <message>
        <source>the template is a workbook: name it .xlsx.</source>
        <translation>malen er en arbeidsbok: gi den filtypen .xlsx.</translation>
    </message>
    <message>
        <source>Wrote a blank template to %1.
</source>
        <translation>Skrev en tom mal til %1.
</translation>
    </message>
    <message>
        <source>no file to export.</source>
        <translation>ingen fil å eksportere.</translation>
    </message>
    <message>
        <source>one file at a time.</source>
        <translation>én fil om gangen.</translation>
    </message>
    <message>
        <source>say where to write with --to OUT.csv, OUT.xlsx or OUT.json.</source>
        <translation>angi hvor det skal skrives med --to OUT.csv, OUT.xlsx eller OUT.json.</translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: name it .csv, .xlsx or .json.</source>
        <translation>kan ikke avgjøre formatet til «%1»: gi den filtypen .csv, .xlsx eller .json.</translation>
    </message>
    <message>
        <source>--delimiter is for CSV files only.</source>
        <translation>--delimiter gjelder bare CSV-filer.</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;; use &apos;;&apos; or &apos;,&apos;.</source>
        <translation>ukjent skilletegn «%1»; bruk &apos;;&apos; eller &apos;,&apos;.</translation>
    </message>
    <message>
        <source>--only-problems is for CSV and XLSX files; the payload holds the rows without errors.</source>
        <translation>--only-problems gjelder CSV- og XLSX-filer; opplastingsdataene inneholder radene uten feil.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.
</source>
        <extracomment>%1 is &quot;N rows&quot;, %2 the file written</extracomment>
        <translation>Skrev %1 til %2.
</translation>
    </message>
    <message>
        <source>%1 with errors left out; run &apos;ditio-certs-cli validate %2&apos; to see why.
</source>
        <extracomment>%1 is &quot;N rows&quot;</extracomment>
        <translation>%1 med feil ble utelatt; kjør &apos;ditio-certs-cli validate %2&apos; for å se hvorfor.
</translation>
    </message>
    <message>
        <source>write the table as CSV, XLSX or Ditio&apos;s JSON payload</source>
        <translation>skriv tabellen som CSV, XLSX eller Ditios JSON-opplastingsdata</translation>
    </message>
</context>
<context>
    <name>Ditio::ExportController</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>CSV for &amp;Norwegian Excel (semicolons)…</source>
        <translation>CSV for &amp;norsk Excel (semikolon)…</translation>
    </message>
    <message>
        <source>CSV, &amp;comma-separated…</source>
        <translation>CSV, &amp;kommaseparert…</translation>
    </message>
    <message>
        <source>E&amp;xcel Workbook (.xlsx)…</source>
        <translation>E&amp;xcel-arbeidsbok (.xlsx)…</translation>
    </message>
    <message>
        <source>Only Rows with &amp;Problems</source>
        <translation>Bare rader med &amp;problemer</translation>
    </message>
    <message>
        <source>Export only rows with errors or warnings, and rows Ditio rejected or did not confirm</source>
        <translation>Eksporter bare rader med feil eller advarsler, og rader Ditio avviste eller ikke bekreftet</translation>
    </message>
    <message>
        <source>Ditio &amp;Payload (JSON)…</source>
        <translation>Ditio-opplastings&amp;data (JSON)…</translation>
    </message>
    <message>
        <source>The valid rows exactly as the upload sends them</source>
        <translation>De gyldige radene nøyaktig slik opplastingen sender dem</translation>
    </message>
    <message>
        <source>Blank &amp;Template for HR (.xlsx)…</source>
        <translation>Tom &amp;mal for HR (.xlsx)…</translation>
    </message>
    <message>
        <source>An empty workbook with the right columns, to give to whoever fills in certificates</source>
        <translation>En tom arbeidsbok med riktige kolonner, til den som fyller inn sertifikatene</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>certificates-template</source>
        <translation>sertifikatmal</translation>
    </message>
    <message>
        <source>certificates-payload</source>
        <translation>sertifikater-opplastingsdata</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>sertifikater</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Eksporterer til %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was left as it was.</source>
        <translation>Eksporten ble avbrutt; %1 ble ikke endret.</translation>
    </message>
    <message>
        <source>Wrote a blank template to %1.</source>
        <translation>Lagret en tom mal i %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n valid row(s) to %1</source>
        <translation>
            <numerusform>Eksporterte %n gyldig rad til %1</numerusform>
            <numerusform>Eksporterte %n gyldige rader til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>%n rad med feil ble utelatt.</numerusform>
            <numerusform>%n rader med feil ble utelatt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n rad til %1.</numerusform>
            <numerusform>Eksporterte %n rader til %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::ExportTable</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>Ditio::ExportTarget</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kan ikke skrives: %2.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det er en mappe</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finnes ikke</translation>
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
    <name>Ditio::FileSniffer</name>
    <message>
        <source>the file is empty.</source>
        <translation>filen er tom.</translation>
    </message>
    <message>
        <source>the workbook is password-protected (encrypted). Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and import it again.</source>
        <translation>arbeidsboken er passordbeskyttet (kryptert). Åpne den i Excel, fjern passordet (Fil &gt; Informasjon &gt; Beskytt arbeidsbok &gt; Krypter med passord), lagre den og importer den igjen.</translation>
    </message>
    <message>
        <source>it is an Excel 97-2003 workbook (.xls), an old format that cannot be read. Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>det er en Excel 97-2003-arbeidsbok (.xls), et gammelt format som ikke kan leses. Åpne den i Excel og lagre den som en Excel-arbeidsbok (.xlsx).</translation>
    </message>
    <message>
        <source>it is a Microsoft Office file in the old binary format (such as a Word .doc), not a spreadsheet.</source>
        <translation>det er en Microsoft Office-fil i det gamle binærformatet (for eksempel en Word .doc), ikke et regneark.</translation>
    </message>
    <message>
        <source>it is a PDF document, not a spreadsheet. Export the list as CSV or Excel from the system it came from.</source>
        <translation>det er et PDF-dokument, ikke et regneark. Eksporter listen som CSV eller Excel fra systemet den kom fra.</translation>
    </message>
    <message>
        <source>it is an image (%1), not a spreadsheet. Export the list as CSV or Excel from the system it came from.</source>
        <translation>det er et bilde (%1), ikke et regneark. Eksporter listen som CSV eller Excel fra systemet den kom fra.</translation>
    </message>
    <message>
        <source>it is a compressed archive (%1), not a spreadsheet. Unpack it and open the file inside.</source>
        <translation>det er et komprimert arkiv (%1), ikke et regneark. Pakk det ut og åpne filen som ligger i det.</translation>
    </message>
    <message>
        <source>it is UTF-32 text, which spreadsheet programs do not write and this app does not read. Save it as UTF-8 or as Excel&apos;s &quot;Unicode text&quot; (UTF-16) and import it again.</source>
        <translation>det er UTF-32-tekst, som regnearkprogrammer ikke skriver og denne appen ikke leser. Lagre den som UTF-8 eller som Excels «Unicode-tekst» (UTF-16) og importer den igjen.</translation>
    </message>
    <message>
        <source>it is an HTML or XML text file, not a spreadsheet. Open it in a spreadsheet program and save it as an Excel workbook (.xlsx) or CSV.</source>
        <translation>det er en HTML- eller XML-tekstfil, ikke et regneark. Åpne den i et regnearkprogram og lagre den som en Excel-arbeidsbok (.xlsx) eller CSV.</translation>
    </message>
    <message>
        <source>it is neither text nor a spreadsheet workbook (it starts with the bytes %1).</source>
        <translation>det er verken tekst eller en regnearkarbeidsbok (den begynner med bytene %1).</translation>
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
    <message>
        <source>Cha&amp;nge:</source>
        <translation>&amp;Endring:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle endringer</translation>
    </message>
</context>
<context>
    <name>Ditio::FindReplaceController</name>
    <message>
        <source>&quot;%1&quot; was not found.</source>
        <translation>«%1» ble ikke funnet.</translation>
    </message>
    <message>
        <source>No cells are selected.</source>
        <translation>Ingen celler er merket.</translation>
    </message>
    <message>
        <source>No rows are shown.</source>
        <translation>Ingen rader vises.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) replaced</source>
        <translation>
            <numerusform>%n celle erstattet</numerusform>
            <numerusform>%n celler erstattet</numerusform>
        </translation>
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
        <translation>Søk og erstatt bare blant cellene som er merket i tabellen</translation>
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
    <name>Ditio::ImportController</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; the table was left as it was.</source>
        <translation>Importen av %1 ble avbrutt; tabellen ble ikke endret.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>To change it, use File &gt; Import.</source>
        <translation>Bruk Fil &gt; Importer for å endre den.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more remark(s).</source>
        <translation>
            <numerusform>… og %n merknad til.</numerusform>
            <numerusform>… og %n merknader til.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was imported with remarks:
%2</source>
        <translation>%1 ble importert med merknader:
%2</translation>
    </message>
    <message>
        <source>The rows of %1 were added to the table; Undo takes them out again.</source>
        <translation>Radene fra %1 ble lagt til i tabellen; Angre fjerner dem igjen.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;CSV and text files (*.csv *.txt *.tsv);;Excel workbooks (*.xlsx *.xlsm);;OpenDocument spreadsheets (*.ods);;All files (*)</source>
        <translation>Regneark (*.csv *.txt *.tsv *.xlsx *.xlsm *.ods);;CSV- og tekstfiler (*.csv *.txt *.tsv);;Excel-arbeidsbøker (*.xlsx *.xlsm);;OpenDocument-regneark (*.ods);;Alle filer (*)</translation>
    </message>
    <message>
        <source>column %1 (“%2”)</source>
        <translation>kolonne %1 («%2»)</translation>
    </message>
    <message>
        <source>Not imported, as no certificate field: %1. To import one, use File &gt; Import.</source>
        <translation>Ikke importert, fordi de ikke er sertifikatfelt: %1. Bruk Fil &gt; Importer for å importere en av dem.</translation>
    </message>
</context>
<context>
    <name>Ditio::ImportDialog</name>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <source>&amp;Change Mapping…</source>
        <translation>&amp;Endre kolonnekobling…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>&amp;Replace the table</source>
        <translation>E&amp;rstatt tabellen</translation>
    </message>
    <message>
        <source>&amp;Add to the current table</source>
        <translation>&amp;Legg til i gjeldende tabell</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>The row the column names are on, as the spreadsheet numbers it</source>
        <translation>Raden kolonnenavnene står på, slik regnearket nummererer den</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Day first (31.12.2026)</source>
        <translation>Dag først (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Måned først (12/31/2026)</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Overskriftsrad:</translation>
    </message>
    <message>
        <source>Dat&amp;e order:</source>
        <translation>&amp;Datorekkefølge:</translation>
    </message>
    <message>
        <source>What was detected in the file</source>
        <translation>Hva som ble funnet i filen</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be imported</source>
        <translation>Forhåndsvisning: de første radene slik de blir importert</translation>
    </message>
    <message>
        <source>The table is empty</source>
        <translation>Tabellen er tom</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 kan ikke åpnes.</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (skjult)</translation>
    </message>
    <message>
        <source>This sheet is hidden in the workbook</source>
        <translation>Dette arket er skjult i arbeidsboken</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Automatisk: %1</translation>
    </message>
    <message>
        <source>Detected (row %1)</source>
        <translation>Automatisk (rad %1)</translation>
    </message>
    <message>
        <source>Your column choices are used, and remembered for files with these columns.</source>
        <translation>Kolonnevalgene dine brukes, og huskes for filer med disse kolonnene.</translation>
    </message>
    <message>
        <source>Columns were matched by their names. Check the mapping below; it is remembered once you import.</source>
        <translation>Kolonnene ble koblet etter navnene sine. Kontroller kolonnekoblingen nedenfor; den huskes når du importerer.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more remark(s).</source>
        <translation>
            <numerusform>… og %n merknad til.</numerusform>
            <numerusform>… og %n merknader til.</numerusform>
        </translation>
    </message>
    <message>
        <source>No column is imported as %1. Choose one in the list of columns to import.</source>
        <translation>Ingen kolonne importeres som %1. Velg en i listen over kolonner som skal importeres.</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>Lagre kolonne&amp;kobling…</translation>
    </message>
    <message>
        <source>Save this column mapping to a file, for ditio-certs-cli --mapping</source>
        <translation>Lagre denne kolonnekoblingen i en fil, for ditio-certs-cli --mapping</translation>
    </message>
    <message>
        <source>Save Column Mapping</source>
        <translation>Lagre kolonnekobling</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Kolonnekoblinger (*.json)</translation>
    </message>
</context>
<context>
    <name>Ditio::ImportMappingModel</name>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorer denne kolonnen</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ditt valg</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Husket</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Valgt</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Ingen overskrift</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Ikke gjenkjent</translation>
    </message>
    <message>
        <source>Exact name</source>
        <translation>Eksakt navn</translation>
    </message>
    <message>
        <source>Likely (%1 %)</source>
        <translation>Sannsynlig (%1 %)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(ingen overskrift)</translation>
    </message>
    <message>
        <source>Which field this column fills; &quot;Ignore this column&quot; leaves it out</source>
        <translation>Hvilket felt denne kolonnen fyller; «Ignorer denne kolonnen» utelater den</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Første verdier</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importeres som</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Samsvar</translation>
    </message>
</context>
<context>
    <name>Ditio::ImportPreviewModel</name>
    <message>
        <source>Empty: this field is required.</source>
        <translation>Tom: dette feltet er påkrevd.</translation>
    </message>
    <message>
        <source>Two-digit year: write the year in full.</source>
        <translation>Tosifret årstall: skriv hele årstallet.</translation>
    </message>
    <message>
        <source>Not a date: write it as dd.mm.yyyy.</source>
        <translation>Ikke en dato: skriv den som dd.mm.åååå.</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>I filen: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>From column %1 (&quot;%2&quot;)</source>
        <translation>Fra kolonne %1 («%2»)</translation>
    </message>
    <message>
        <source>No column of the file fills this field</source>
        <translation>Ingen kolonne i filen fyller dette feltet</translation>
    </message>
    <message>
        <source>(a formula with no saved result)</source>
        <translation>(en formel uten lagret resultat)</translation>
    </message>
    <message>
        <source>(the result of a formula)</source>
        <translation>(resultatet av en formel)</translation>
    </message>
</context>
<context>
    <name>Ditio::ImportSource</name>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-arbeidsbok</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;</source>
        <translation>ark «%1»</translation>
    </message>
    <message>
        <source>1904 date system</source>
        <translation>1904-datosystem</translation>
    </message>
    <message>
        <source>header on row %1</source>
        <translation>overskrift på rad %1</translation>
    </message>
    <message>
        <source>dates %1</source>
        <translation>datoer: %1</translation>
    </message>
    <message>
        <source>issue dates %1, expiry dates %2</source>
        <translation>utstedelsesdatoer: %1, utløpsdatoer: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: every date fits both day-first and month-first, so it is read day-first (03.04.2026 is 3 April). Choose month-first if the file is American.</source>
        <translation>«%1»: alle datoene passer både med dag først og måned først, så de leses med dag først (03.04.2026 er 3. april). Velg måned først hvis filen er amerikansk.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: some dates can only be day-first and others only month-first; it is read day-first, and the others show as errors.</source>
        <translation>«%1»: noen datoer kan bare leses med dag først og andre bare med måned først; kolonnen leses med dag først, og de andre vises som feil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: dates with a two-digit year (%2 in all, the first &quot;%3&quot; on row %4) are left as written, not guessed; write the year in full.</source>
        <translation>«%1»: datoer med tosifret årstall (%2 i alt, den første «%3» på rad %4) står slik de er skrevet, uten gjetting; skriv hele årstallet.</translation>
    </message>
    <message>
        <source>the file has no header row.</source>
        <translation>filen har ingen overskriftsrad.</translation>
    </message>
    <message>
        <source>row %1 is empty, so it cannot be the header.</source>
        <translation>rad %1 er tom, så den kan ikke være overskriften.</translation>
    </message>
    <message>
        <source>Using the column mapping you confirmed on %1.</source>
        <translation>Bruker kolonnekoblingen du bekreftet %1.</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) repeats %3 and was not used.</source>
        <translation>Kolonne %1 («%2») gjentar %3 og ble ikke brukt.</translation>
    </message>
    <message>
        <source>Column %1 (&quot;%2&quot;) is not a certificate field and was not used.</source>
        <translation>Kolonne %1 («%2») er ikke et sertifikatfelt og ble ikke brukt.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the cell has %3 characters, more than a spreadsheet cell can hold; only the first %4 were kept.</source>
        <translation>Rad %1, kolonne %2: cellen har %3 tegn, mer enn en regnearkcelle kan romme; bare de første %4 ble beholdt.</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields but the header has %3; the extra fields were not used.</source>
        <translation>Rad %1 har %2 felt, men overskriften har %3; de ekstra feltene ble ikke brukt.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the value is right of the header&apos;s last column and was not used.</source>
        <translation>Rad %1, kolonne %2: verdien står til høyre for overskriftens siste kolonne og ble ikke brukt.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>it is a spreadsheet workbook, not a CSV file.</source>
        <translation>det er en arbeidsbok fra et regnearkprogram, ikke en CSV-fil.</translation>
    </message>
    <message>
        <source>the header (row %1) has no column for %2. Name the columns with Ditio&apos;s field names (employeeNumber, certificateType, certificateNumber, issuedDateTime, validUntilDateTime, notes) or the usual labels (Ansattnr, Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad).</source>
        <translation>overskriften (rad %1) har ingen kolonne for %2. Gi kolonnene Ditios feltnavn (employeeNumber, certificateType, certificateNumber, issuedDateTime, validUntilDateTime, notes) eller de vanlige betegnelsene (Ansattnr, Sertifikat, Sertifikatnr, Utstedt, Gyldig til, Merknad).</translation>
    </message>
    <message>
        <source>it has no sheet named &quot;%1&quot;; its sheets are %2.</source>
        <translation>den har ikke noe ark som heter «%1»; arkene er %2.</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>arbeidsboken har ingen arbeidsark.</translation>
    </message>
    <message>
        <source>reading was cancelled.</source>
        <translation>lesingen ble avbrutt.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>loddrett strek</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument-regneark</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3; check this cell.</source>
        <translation>Rad %1, kolonne %2: %3; kontroller denne cellen.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the cell has more than %3 characters, more than a spreadsheet cell can hold; only the first %3 were kept.</source>
        <translation>Rad %1, kolonne %2: cellen har mer enn %3 tegn, mer enn en regnearkcelle kan romme; bare de første %3 ble beholdt.</translation>
    </message>
    <message>
        <source>it holds nothing but NUL bytes (zeros), no text.</source>
        <translation>den inneholder bare NUL-byte (nuller), ingen tekst.</translation>
    </message>
    <message numerus="yes">
        <source>The file ends with %n NUL byte(s) after its last row (padding that some programs leave); they were ignored.</source>
        <translation>
            <numerusform>Filen slutter med %n NUL-byte etter siste rad (utfylling som noen programmer etterlater); den ble ignorert.</numerusform>
            <numerusform>Filen slutter med %n NUL-byte etter siste rad (utfylling som noen programmer etterlater); de ble ignorert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>«%1» er tomt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no certificate columns</source>
        <translation>«%1» har ingen sertifikatkolonner</translation>
    </message>
    <message>
        <source>none of its sheets holds a table of certificates (%1). Choose the sheet to read (--sheet NAME on the command line).</source>
        <translation>ingen av arkene inneholder en tabell over sertifikater (%1). Velg arket som skal leses (--sheet NAVN på kommandolinjen).</translation>
    </message>
    <message>
        <source>row %1, column %2: %3.</source>
        <translation>rad %1, kolonne %2: %3.</translation>
    </message>
</context>
<context>
    <name>Ditio::InputFile</name>
    <message>
        <source>it is a folder, not a file.</source>
        <translation>det er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>it is not a regular file (it is a device, a pipe or a socket), and only files are read. Save the data to a file first.</source>
        <translation>det er ikke en vanlig fil (det er en enhet, et rør eller en sokkel), og bare filer leses. Lagre dataene i en fil først.</translation>
    </message>
    <message>
        <source>there is no such file (was it moved, renamed or deleted?).</source>
        <translation>filen finnes ikke (ble den flyttet, omdøpt eller slettet?).</translation>
    </message>
    <message>
        <source>you have no permission to read it. Ask the file&apos;s owner or an administrator for read access, or copy the file to a folder of your own.</source>
        <translation>du har ikke tillatelse til å lese den. Be eieren av filen eller en administrator om lesetilgang, eller kopier filen til en egen mappe.</translation>
    </message>
    <message>
        <source>you have no permission to read it; it belongs to %1. Ask %1 or an administrator for read access, or copy the file to a folder of your own.</source>
        <translation>du har ikke tillatelse til å lese den; den tilhører %1. Be %1 eller en administrator om lesetilgang, eller kopier filen til en egen mappe.</translation>
    </message>
</context>
<context>
    <name>Ditio::InputOptions</name>
    <message>
        <source>Text files: &apos;;&apos;, &apos;,&apos;, tab or &apos;|&apos; between the fields of FILE (default: detected).</source>
        <translation>Tekstfiler: &apos;;&apos;, &apos;,&apos;, tab eller &apos;|&apos; mellom feltene i FIL (standard: gjenkjennes automatisk).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>tegn</translation>
    </message>
    <message>
        <source>Text files: &apos;;&apos;, &apos;,&apos;, tab or &apos;|&apos; (default: detected).</source>
        <translation>Tekstfiler: &apos;;&apos;, &apos;,&apos;, tab eller &apos;|&apos; (standard: gjenkjennes automatisk).</translation>
    </message>
    <message>
        <source>Workbooks: the sheet to read (default: the one named like certificates, else the first).</source>
        <translation>Arbeidsbøker: arket som skal leses (standard: arket med et navn som ligner «sertifikater», ellers det første).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>Text files: utf-8, utf-16, utf-16le, utf-16be or windows-1252 (default: detected).</source>
        <translation>Tekstfiler: utf-8, utf-16, utf-16le, utf-16be eller windows-1252 (standard: gjenkjennes automatisk).</translation>
    </message>
    <message>
        <source>A column mapping saved from the import dialog (default: the mapping confirmed for this header layout, else the automatic one).</source>
        <translation>En kolonnekobling lagret fra importdialogen (standard: kolonnekoblingen som er bekreftet for dette overskriftsoppsettet, ellers den automatiske).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;; use utf-8, utf-16, utf-16le, utf-16be or windows-1252.</source>
        <translation>ukjent tegnkoding «%1»; bruk utf-8, utf-16, utf-16le, utf-16be eller windows-1252.</translation>
    </message>
    <message>
        <source>unknown input delimiter &quot;%1&quot;; use &apos;;&apos;, &apos;,&apos;, tab or &apos;|&apos;.</source>
        <translation>ukjent skilletegn for inndata «%1»; bruk &apos;;&apos;, &apos;,&apos;, tab eller &apos;|&apos;.</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;; use &apos;;&apos;, &apos;,&apos;, tab or &apos;|&apos;.</source>
        <translation>ukjent skilletegn «%1»; bruk &apos;;&apos;, &apos;,&apos;, tab eller &apos;|&apos;.</translation>
    </message>
    <message>
        <source>--sheet is for workbooks (.xlsx, .ods); %1 is a work file.</source>
        <translation>--sheet gjelder arbeidsbøker (.xlsx, .ods); %1 er en arbeidsfil.</translation>
    </message>
    <message>
        <source>--sheet is for workbooks (.xlsx, .ods); %1 is a text file.</source>
        <translation>--sheet gjelder arbeidsbøker (.xlsx, .ods); %1 er en tekstfil.</translation>
    </message>
</context>
<context>
    <name>Ditio::LocalSandbox</name>
    <message>
        <source>The sandbox could not listen on this computer&apos;s loopback address.</source>
        <translation>Sandkassen kunne ikke lytte på denne datamaskinens loopback-adresse.</translation>
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
        <translation>Gjenopprettingskopien kunne ikke skrives: %1</translation>
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
        <translation>Lim inn celler kopiert fra Excel, LibreOffice eller denne tabellen; ekstra rader legges til</translation>
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
        <translation>Kopier den øverste cellen i det merkede området til cellene under den</translation>
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
        <translation>&amp;Søk i rader</translation>
    </message>
    <message>
        <source>Show &amp;All Rows</source>
        <translation>Vis &amp;alle rader</translation>
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
        <translation>Ingen problemer i radene som vises.</translation>
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
        <translation>%1 vises</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be sent until their errors are fixed.</source>
        <translation>
            <numerusform>%n rad kan ikke sendes før feilene er rettet.</numerusform>
            <numerusform>%n rader kan ikke sendes før feilene er rettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work file: %1</source>
        <translation>Arbeidsfil: %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importert fra %1</translation>
    </message>
    <message>
        <source>Bundled sample · not saved as a work file yet</source>
        <translation>Medfølgende eksempel · ikke lagret som arbeidsfil ennå</translation>
    </message>
    <message>
        <source>Imported from %1 · not saved as a work file yet</source>
        <translation>Importert fra %1 · ikke lagret som arbeidsfil ennå</translation>
    </message>
    <message>
        <source>New table · not saved yet</source>
        <translation>Ny tabell · ikke lagret ennå</translation>
    </message>
    <message>
        <source>The filter was cleared to show row %1.</source>
        <translation>Filteret ble fjernet for å vise rad %1.</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Rettet: %1</translation>
    </message>
    <message>
        <source>The quick fix no longer applies.</source>
        <translation>Hurtigrettingen gjelder ikke lenger.</translation>
    </message>
    <message>
        <source>About Ditio Certificates</source>
        <translation>Om Ditio Sertifikater</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ditio Certificates %1&lt;/h3&gt;&lt;p&gt;Review, fix and upload your workers&apos; certificates to Ditio.&lt;/p&gt;&lt;p&gt;Type or paste certificates, see every problem where it is, and keep your work in a work file until it is sent.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ditio Sertifikater %1&lt;/h3&gt;&lt;p&gt;Kontroller, rett og last opp de ansattes sertifikater til Ditio.&lt;/p&gt;&lt;p&gt;Skriv eller lim inn sertifikater, se hvert problem der det er, og ta vare på arbeidet i en arbeidsfil til det er sendt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import certificates from a CSV file, an Excel workbook or an OpenDocument spreadsheet</source>
        <translation>Importer sertifikater fra en CSV-fil, en Excel-arbeidsbok eller et OpenDocument-regneark</translation>
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
    <name>Ditio::NetworkErrorText</name>
    <message>
        <source>the connection was refused (nothing answers at that address and port)</source>
        <translation>tilkoblingen ble avvist (ingenting svarer på den adressen og porten)</translation>
    </message>
    <message>
        <source>the host name was not found (check the address and the network)</source>
        <translation>vertsnavnet ble ikke funnet (kontroller adressen og nettverket)</translation>
    </message>
    <message>
        <source>the connection was closed before an answer came</source>
        <translation>tilkoblingen ble lukket før det kom et svar</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>tidsavbrudd for tilkoblingen</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>nettverket er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation>proxyserveren feilet (%1)</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Får ikke kontakt med %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Den sikre tilkoblingen til %1 mislyktes: %2</translation>
    </message>
</context>
<context>
    <name>Ditio::OdsReader</name>
    <message>
        <source>it is an OpenDocument file of another kind (%1), not a spreadsheet.</source>
        <translation>det er en OpenDocument-fil av en annen type (%1), ikke et regneark.</translation>
    </message>
    <message>
        <source>the spreadsheet is password-protected (encrypted). Open it in LibreOffice, save it again without a password (File &gt; Save As, &quot;Save with password&quot; off) and import it again.</source>
        <translation>regnearket er passordbeskyttet (kryptert). Åpne det i LibreOffice, lagre det på nytt uten passord (Fil &gt; Lagre som, med «Lagre med passord» slått av) og importer det igjen.</translation>
    </message>
    <message>
        <source>the part that holds its sheets (%1) is missing; the file is damaged.</source>
        <translation>delen som inneholder arkene (%1), mangler; filen er skadet.</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets.</source>
        <translation>regnearket har ingen ark.</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>Rad %1, kolonne %2</translation>
    </message>
    <message>
        <source>Row %1: the row repeats beyond the last row a sheet can have; the copies beyond it were skipped.</source>
        <translation>Rad %1: raden gjentas utover den siste raden et ark kan ha; kopiene utover den ble hoppet over.</translation>
    </message>
    <message>
        <source>its rows and cells repeat to more than %1 values, more than a sheet may have; it was refused as a possible attack on memory.</source>
        <translation>radene og cellene gjentas til mer enn %1 verdier, mer enn et ark kan ha; filen ble avvist som et mulig angrep på minnet.</translation>
    </message>
    <message>
        <source>reading was cancelled.</source>
        <translation>lesingen ble avbrutt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a number but is not one; the text was kept.</source>
        <translation>%1: «%2» er lagret som et tall, men er ikke det; teksten ble beholdt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a date but is not one; the text was kept.</source>
        <translation>%1: «%2» er lagret som en dato, men er ikke det; teksten ble beholdt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a time but is not one; the text was kept.</source>
        <translation>%1: «%2» er lagret som et klokkeslett, men er ikke det; teksten ble beholdt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a true/false value but is not one; the text was kept.</source>
        <translation>%1: «%2» er lagret som en sann/usann-verdi, men er ikke det; teksten ble beholdt.</translation>
    </message>
    <message>
        <source>Row %1: a cell lies beyond the last column a spreadsheet has (XFD) and was skipped.</source>
        <translation>Rad %1: en celle ligger utenfor den siste kolonnen et regneark har (XFD) og ble hoppet over.</translation>
    </message>
    <message>
        <source>%1: the cell has more than %2 characters, more than a spreadsheet cell can hold; only the first %2 were kept.</source>
        <translation>%1: cellen har mer enn %2 tegn, mer enn en regnearkcelle kan romme; bare de første %2 ble beholdt.</translation>
    </message>
    <message>
        <source>%1: the formula has no saved result (the program that wrote the file did not calculate it); the cell was left empty. Open and save the file in a spreadsheet program to fill it in.</source>
        <translation>%1: formelen har ikke noe lagret resultat (programmet som skrev filen, beregnet det ikke); cellen ble stående tom. Åpne og lagre filen i et regnearkprogram for å fylle den ut.</translation>
    </message>
    <message>
        <source>it is a zip archive, but neither an Excel workbook (.xlsx) nor an OpenDocument spreadsheet (.ods).</source>
        <translation>det er et zip-arkiv, men verken en Excel-arbeidsbok (.xlsx) eller et OpenDocument-regneark (.ods).</translation>
    </message>
</context>
<context>
    <name>Ditio::ProblemsModel</name>
    <message>
        <source>%1
Quick fix: %2</source>
        <translation>%1
Hurtigretting: %2</translation>
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
        <translation>Bruk hurtigrettingen for det valgte problemet</translation>
    </message>
    <message>
        <source>Select the cell of the selected problem (Enter)</source>
        <translation>Merk cellen til det valgte problemet (Enter)</translation>
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
    <message>
        <source>Use the number Ditio has</source>
        <translation>Bruk nummeret Ditio har</translation>
    </message>
    <message>
        <source>Use the type Ditio has in all rows with this spelling</source>
        <translation>Bruk typen Ditio har, i alle rader med denne skrivemåten</translation>
    </message>
    <message>
        <source>Remove the control characters</source>
        <translation>Fjern kontrolltegnene</translation>
    </message>
    <message>
        <source>Use the spelling Ditio holds for this employee</source>
        <translation>Bruk stavemåten Ditio har for denne ansatte</translation>
    </message>
</context>
<context>
    <name>Ditio::RecoveryStore</name>
    <message>
        <source>The recovery folder %1 cannot be written.</source>
        <translation>Det kan ikke skrives til gjenopprettingsmappen %1.</translation>
    </message>
</context>
<context>
    <name>Ditio::ReviewReport</name>
    <message>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <source>employee register never read</source>
        <translation>ansattregisteret aldri lest</translation>
    </message>
    <message numerus="yes">
        <source>employee register read %1 (%n day(s) before)</source>
        <translation>
            <numerusform>ansattregisteret lest %1 (%n dag før)</numerusform>
            <numerusform>ansattregisteret lest %1 (%n dager før)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Ditio (%2) · %3 · made %4</source>
        <translation>%1 · Ditio (%2) · %3 · laget %4</translation>
    </message>
    <message>
        <source>Review before upload</source>
        <translation>Gjennomgang før opplasting</translation>
    </message>
    <message>
        <source>Review before upload to Ditio (%1)</source>
        <translation>Gjennomgang før opplasting til Ditio (%1)</translation>
    </message>
    <message>
        <source>What an upload of this file would change in Ditio, judged by what this computer sent there before. Ditio cannot be asked what it holds: certificates sent from elsewhere are not known here.</source>
        <translation>Hva en opplasting av denne filen ville endre i Ditio, vurdert ut fra hva denne datamaskinen har sendt dit før. Ditio kan ikke spørres om hva den har: sertifikater sendt fra andre steder er ikke kjent her.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Certificate type</source>
        <translation>Sertifikattype</translation>
    </message>
    <message>
        <source>New in Ditio</source>
        <translation>Nytt i Ditio</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Oppdatering</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Ubekreftet</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Unknown employees</source>
        <translation>Ukjente ansatte</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(ingen type)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle rader</translation>
    </message>
    <message numerus="yes">
        <source>An upload of the changes sends %n row(s).</source>
        <translation>
            <numerusform>En opplasting av endringene sender %n rad.</numerusform>
            <numerusform>En opplasting av endringene sender %n rader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed here; the HTML report lists every row.</source>
        <translation>
            <numerusform>%n til er ikke listet her; HTML-rapporten lister hver rad.</numerusform>
            <numerusform>%n til er ikke listet her; HTML-rapporten lister hver rad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes (%n row(s))</source>
        <translation>
            <numerusform>Endringer (%n rad)</numerusform>
            <numerusform>Endringer (%n rader)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change in Ditio.</source>
        <translation>Ingenting ville endres i Ditio.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Old -&gt; new</source>
        <translation>Gammel -&gt; ny</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>gyldig %1 til %2</translation>
    </message>
    <message>
        <source>sent %1 without a clear answer</source>
        <translation>sendt %1 uten klart svar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Rows with problems (%n)</source>
        <translation>
            <numerusform>Rader med problemer (%n)</numerusform>
            <numerusform>Rader med problemer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No row has a problem.</source>
        <translation>Ingen rader har problemer.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Employees Ditio does not know (%n)</source>
        <translation>
            <numerusform>Ansatte Ditio ikke kjenner (%n)</numerusform>
            <numerusform>Ansatte Ditio ikke kjenner (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The employee register was never read for this environment: employee numbers are not checked.</source>
        <translation>Ansattregisteret ble aldri lest for dette miljøet: ansattnumre kontrolleres ikke.</translation>
    </message>
    <message>
        <source>Every employee number is in Ditio&apos;s register.</source>
        <translation>Alle ansattnumre finnes i Ditios register.</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Ansattnummer</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>Reviewed by: ______________________________</source>
        <translation>Gjennomgått av: ______________________________</translation>
    </message>
    <message>
        <source>Date and signature: ______________________________</source>
        <translation>Dato og signatur: ______________________________</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
</context>
<context>
    <name>Ditio::RowChange</name>
    <message>
        <source>New in Ditio</source>
        <translation>Nytt i Ditio</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Oppdatering</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Sent before but unconfirmed</source>
        <translation>Sendt før, men ubekreftet</translation>
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
        <translation>«%1» forstås ikke som en dato; skriv den som 15.01.2026.</translation>
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
        <translation>«%1» ser ut som et tall et regneark har gjort om til vitenskapelig notasjon; sifre kan ha gått tapt. Skriv inn ansattnummeret på nytt.</translation>
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
        <translation>Sertifikattypen har mellomrom foran eller bak; Ditio ville lagret den som en annen type.</translation>
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
    <message>
        <source>Ditio has no employee %1.</source>
        <translation>Ditio har ingen ansatt med nummer %1.</translation>
    </message>
    <message>
        <source>Ditio has no employee %1. Did you mean %2?</source>
        <translation>Ditio har ingen ansatt med nummer %1. Mente du %2?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would become a new certificate type in Ditio, spelled almost like one it has.</source>
        <translation>«%1» ville blitt en ny sertifikattype i Ditio, skrevet nesten likt som en som finnes fra før.</translation>
    </message>
    <message>
        <source>Ditio has earlier certificates of type &quot;%1&quot;; &quot;%2&quot; would become a new type.</source>
        <translation>Ditio har tidligere sertifikater av typen «%1»; «%2» ville blitt en ny type.</translation>
    </message>
    <message>
        <source>The text holds half of a character (%1) at position %2, which Ditio would receive as garbage; remove it.</source>
        <translation>Teksten inneholder et halvt tegn (%1) i posisjon %2, som Ditio ville fått som uleselige tegn; fjern det.</translation>
    </message>
    <message>
        <source>The text holds the control character %1 at position %2, which Ditio would receive as part of the value; remove it.</source>
        <translation>Teksten inneholder kontrolltegnet %1 i posisjon %2, som Ditio ville fått som en del av verdien; fjern det.</translation>
    </message>
    <message>
        <source>The cell is a formula that was never calculated, so the file holds no value for it. Open the file in Excel or LibreOffice, save it, and import it again.</source>
        <translation>Cellen er en formel som aldri ble beregnet, så filen har ingen verdi for den. Åpne filen i Excel eller LibreOffice, lagre den og importer den igjen.</translation>
    </message>
    <message>
        <source>Ditio already holds a certificate type spelled almost like &quot;%1&quot; for employee %2 (sent from this computer); this row would become a second certificate.</source>
        <translation>Ditio har allerede en sertifikattype stavet nesten som «%1» for ansatt %2 (sendt fra denne datamaskinen); denne raden ville bli et andre sertifikat.</translation>
    </message>
    <message>
        <source>Ditio already holds &quot;%1&quot; for employee %2 (sent from this computer); &quot;%3&quot; would become a second certificate.</source>
        <translation>Ditio har allerede «%1» for ansatt %2 (sendt fra denne datamaskinen); «%3» ville bli et andre sertifikat.</translation>
    </message>
</context>
<context>
    <name>Ditio::SaveFile</name>
    <message>
        <source>the file could not be written completely</source>
        <translation>filen kunne ikke skrives helt</translation>
    </message>
</context>
<context>
    <name>Ditio::SecretStore</name>
    <message>
        <source>No system keychain is available: the client secret is kept in memory until the app closes.</source>
        <translation>Systemet har ingen tilgjengelig nøkkelring: klienthemmeligheten holdes i minnet til programmet lukkes.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the client secret: %1</source>
        <translation>Systemets nøkkelring nektet tilgang til klienthemmeligheten: %1</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Systemets nøkkelring feilet: %1</translation>
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
        <translation>linje %1 har byte som ikke er UTF-8 (byte 0x%2); filen kan ha en annen tegnkoding</translation>
    </message>
    <message>
        <source>line %1 is not valid UTF-16 text</source>
        <translation>linje %1 er ikke gyldig UTF-16-tekst</translation>
    </message>
    <message>
        <source>line %1 has byte 0x%2, which Windows-1252 does not define</source>
        <translation>linje %1 har byten 0x%2, som Windows-1252 ikke definerer</translation>
    </message>
    <message>
        <source>byte 0x%1 is not UTF-8; the file may be in another encoding</source>
        <translation>byten 0x%1 er ikke UTF-8; filen kan ha en annen tegnkoding</translation>
    </message>
    <message>
        <source>the text there is not valid UTF-16</source>
        <translation>teksten der er ikke gyldig UTF-16</translation>
    </message>
    <message>
        <source>byte 0x%1 is not a Windows-1252 character</source>
        <translation>byten 0x%1 er ikke et Windows-1252-tegn</translation>
    </message>
</context>
<context>
    <name>Ditio::TokenProvider</name>
    <message>
        <source>Ditio refused the access token given from outside the app (DITIO_TOKEN), and it cannot be renewed here: get a new token, or set up the API client&apos;s id and secret instead.</source>
        <translation>Ditio avviste tilgangstokenet som ble gitt utenfra (DITIO_TOKEN), og det kan ikke fornyes her: skaff et nytt token, eller sett opp API-klientens ID og hemmelighet i stedet.</translation>
    </message>
    <message>
        <source>The access token given is empty.</source>
        <translation>Tilgangstokenet som ble gitt, er tomt.</translation>
    </message>
    <message>
        <source>No API client is set up: enter the client id and client secret from Ditio (Company Setup → Integration).</source>
        <translation>Ingen API-klient er satt opp: skriv inn klient-ID og klienthemmelighet fra Ditio (Oppsett → Integrasjon).</translation>
    </message>
    <message numerus="yes">
        <source>Ditio&apos;s sign-in service at %1 did not answer within %n s.</source>
        <translation>
            <numerusform>Ditios påloggingstjeneste på %1 svarte ikke innen %n s.</numerusform>
            <numerusform>Ditios påloggingstjeneste på %1 svarte ikke innen %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ditio&apos;s sign-in service at %1 answered with a redirect (HTTP %2) to “%3”. Redirects are not followed, so the client secret is never sent elsewhere: check the identity address.</source>
        <translation>Ditios påloggingstjeneste på %1 svarte med en omdirigering (HTTP %2) til «%3». Omdirigeringer følges ikke, slik at klienthemmeligheten aldri sendes andre steder: kontroller identitetsadressen.</translation>
    </message>
    <message>
        <source>Ditio did not accept the client id or client secret (invalid_client). Check both, and that the API client was made in this Ditio environment.</source>
        <translation>Ditio godtok ikke klient-ID-en eller klienthemmeligheten (invalid_client). Kontroller begge, og at API-klienten ble opprettet i dette Ditio-miljøet.</translation>
    </message>
    <message>
        <source>The API client may not use Ditio&apos;s integration API (%1): ask a Ditio administrator to give it the ditioapiv3 scope.</source>
        <translation>API-klienten har ikke tilgang til Ditios integrasjons-API (%1): be en Ditio-administrator gi den tilgangsområdet ditioapiv3.</translation>
    </message>
    <message>
        <source>Ditio&apos;s sign-in service at %1 answered HTTP %2.</source>
        <translation>Ditios påloggingstjeneste på %1 svarte HTTP %2.</translation>
    </message>
    <message>
        <source>Ditio&apos;s sign-in service at %1 answered HTTP %2: %3</source>
        <translation>Ditios påloggingstjeneste på %1 svarte HTTP %2: %3</translation>
    </message>
    <message>
        <source>Ditio&apos;s sign-in service at %1 answered, but gave no usable access token: check the identity address.</source>
        <translation>Ditios påloggingstjeneste på %1 svarte, men ga ikke noe brukbart tilgangstoken: kontroller identitetsadressen.</translation>
    </message>
</context>
<context>
    <name>Ditio::UploadCommand</name>
    <message>
        <source>Usage: ditio-certs-cli upload FILE [--env test|production|sandbox] [--api-base URL] [--identity-base URL] [--client-id ID] [--batch-size N] [--format text|json] [--report OUT.csv|OUT.json] [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--mapping FILE]
</source>
        <translation>Bruk: ditio-certs-cli upload FIL [--env test|production|sandbox] [--api-base URL] [--identity-base URL] [--client-id ID] [--batch-size N] [--format text|json] [--report OUT.csv|OUT.json] [--sheet NAVN] [--encoding NAVN] [--delimiter TEGN] [--mapping FIL]
</translation>
    </message>
    <message>
        <source>Sends the rows without errors of a work file or spreadsheet to Ditio, after checking them against Ditio&apos;s employee register, and reports every row&apos;s result: uploaded, rejected, unconfirmed, invalid or not-sent.
Credentials: DITIO_CLIENT_ID (or --client-id) and DITIO_CLIENT_SECRET, or DITIO_TOKEN for a token obtained elsewhere. Addresses: DITIO_API_BASE and DITIO_IDENTITY_BASE (a custom environment). Flags win over the environment.
Exit 0: every row uploaded; 1: some were not; 2: usage error or unreadable file; 3: authentication or connection failure before anything was sent.</source>
        <translation>Sender radene uten feil i en arbeidsfil eller et regneark til Ditio, etter å ha kontrollert dem mot Ditios ansattregister, og rapporterer resultatet for hver rad: uploaded, rejected, unconfirmed, invalid eller not-sent.
Påloggingsdetaljer: DITIO_CLIENT_ID (eller --client-id) og DITIO_CLIENT_SECRET, eller DITIO_TOKEN for et token hentet et annet sted. Adresser: DITIO_API_BASE og DITIO_IDENTITY_BASE (et egendefinert miljø). Flagg overstyrer miljøvariablene.
Avslutningskode 0: alle rader ble lastet opp; 1: noen ble ikke det; 2: bruksfeil eller fil som ikke kan leses; 3: feil ved autentisering eller tilkobling før noe ble sendt.</translation>
    </message>
    <message>
        <source>test (default), production, or sandbox: a stand-in Ditio started on this computer with the employees of the bundled sample.</source>
        <translation>test (standard), production eller sandbox: en simulert Ditio som startes på denne datamaskinen, med de ansatte fra det medfølgende eksemplet.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>The API address of a custom environment (default: DITIO_API_BASE).</source>
        <translation>API-adressen til et egendefinert miljø (standard: DITIO_API_BASE).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The sign-in address of a custom environment (default: DITIO_IDENTITY_BASE).</source>
        <translation>Påloggingsadressen til et egendefinert miljø (standard: DITIO_IDENTITY_BASE).</translation>
    </message>
    <message>
        <source>The API client&apos;s id (default: DITIO_CLIENT_ID); its secret is read from DITIO_CLIENT_SECRET, never from the command line.</source>
        <translation>API-klientens ID (standard: DITIO_CLIENT_ID); hemmeligheten leses fra DITIO_CLIENT_SECRET, aldri fra kommandolinjen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Rows per request, %1 to %2 (default: %3).</source>
        <translation>Rader per forespørsel, %1 til %2 (standard: %3).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Utdataformat: text (standard) eller json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Also write every row&apos;s result to this file, as CSV or JSON by its extension.</source>
        <translation>Skriv også resultatet for hver rad til denne filen, som CSV eller JSON etter filtypen.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandoen.</translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: %1
</source>
        <translation>ditio-certs-cli upload: %1
</translation>
    </message>
    <message>
        <source>no file to upload.</source>
        <translation>ingen fil å laste opp.</translation>
    </message>
    <message>
        <source>one file at a time.</source>
        <translation>én fil om gangen.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json.</source>
        <translation>ukjent format «%1»; bruk text eller json.</translation>
    </message>
    <message>
        <source>--batch-size takes a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--batch-size tar et tall fra %1 til %2, ikke «%3».</translation>
    </message>
    <message>
        <source>cannot tell the format of the report &quot;%1&quot;: name it .csv or .json.</source>
        <translation>kan ikke avgjøre formatet til rapporten «%1»: gi den filtypen .csv eller .json.</translation>
    </message>
    <message>
        <source>the folder of the report &quot;%1&quot; does not exist.</source>
        <translation>mappen for rapporten «%1» finnes ikke.</translation>
    </message>
    <message>
        <source>unknown environment &quot;%1&quot;; use test, production or sandbox (or --api-base and --identity-base for other addresses).</source>
        <translation>ukjent miljø «%1»; bruk test, production eller sandbox (eller --api-base og --identity-base for andre adresser).</translation>
    </message>
    <message>
        <source>--env and --api-base/--identity-base exclude each other: addresses make a custom environment.</source>
        <translation>--env og --api-base/--identity-base utelukker hverandre: adresser gir et egendefinert miljø.</translation>
    </message>
    <message>
        <source>no credentials: set DITIO_CLIENT_ID (or --client-id) and DITIO_CLIENT_SECRET, or DITIO_TOKEN.</source>
        <translation>ingen påloggingsdetaljer: sett DITIO_CLIENT_ID (eller --client-id) og DITIO_CLIENT_SECRET, eller DITIO_TOKEN.</translation>
    </message>
    <message>
        <source>DITIO_CLIENT_SECRET is set, but no client id: set DITIO_CLIENT_ID or give --client-id.</source>
        <translation>DITIO_CLIENT_SECRET er satt, men ingen klient-ID: sett DITIO_CLIENT_ID eller bruk --client-id.</translation>
    </message>
    <message>
        <source>no client secret: set DITIO_CLIENT_SECRET (it is never taken from the command line, where others could read it).</source>
        <translation>ingen klienthemmelighet: sett DITIO_CLIENT_SECRET (den tas aldri fra kommandolinjen, der andre kan lese den).</translation>
    </message>
    <message>
        <source>a custom environment needs the API address too: give --api-base or set DITIO_API_BASE.</source>
        <translation>et egendefinert miljø trenger også API-adressen: bruk --api-base eller sett DITIO_API_BASE.</translation>
    </message>
    <message>
        <source>a custom environment needs the sign-in address too: give --identity-base or set DITIO_IDENTITY_BASE.</source>
        <translation>et egendefinert miljø trenger også påloggingsadressen: bruk --identity-base eller sett DITIO_IDENTITY_BASE.</translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: the sandbox could not listen on this computer&apos;s loopback address.
</source>
        <translation>ditio-certs-cli upload: sandkassen kunne ikke lytte på denne datamaskinens loopback-adresse.
</translation>
    </message>
    <message>
        <source>Ditio (Custom, production)</source>
        <extracomment>%1 is the environment: Test, Production, Custom or Sandbox</extracomment>
        <translation>Ditio (Egendefinert, produksjon)</translation>
    </message>
    <message>
        <source>Ditio (%1)</source>
        <translation>Ditio (%1)</translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: %1
Nothing was sent to %2.
</source>
        <translation>ditio-certs-cli upload: %1
Ingenting ble sendt til %2.
</translation>
    </message>
    <message>
        <source>%1 of %2 rows done…</source>
        <translation>%1 av %2 rader ferdig…</translation>
    </message>
    <message>
        <source>Run log: %1
</source>
        <translation>Kjørelogg: %1
</translation>
    </message>
    <message>
        <source>A .ditiocerts work file, a CSV or text file, or a workbook (.xlsx, .ods).</source>
        <translation>En .ditiocerts-arbeidsfil, en CSV- eller tekstfil, eller en arbeidsbok (.xlsx, .ods).</translation>
    </message>
    <message>
        <source>send the valid rows to Ditio and report each row&apos;s result</source>
        <translation>send de gyldige radene til Ditio og rapporter resultatet for hver rad</translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: the report could not be written: %1
</source>
        <translation>ditio-certs-cli upload: rapporten kunne ikke skrives: %1
</translation>
    </message>
    <message>
        <source>ditio-certs-cli upload: %1 The rows are sent without checking the employee numbers first.
</source>
        <translation>ditio-certs-cli upload: %1 Radene sendes uten at ansattnumrene kontrolleres først.
</translation>
    </message>
</context>
<context>
    <name>Ditio::UploadController</name>
    <message>
        <source>%v of %m rows</source>
        <translation>%v av %m rader</translation>
    </message>
    <message numerus="yes">
        <source>Reading Ditio&apos;s employee register… %n employee(s)</source>
        <translation>
            <numerusform>Leser Ditios ansattregister… %n ansatt</numerusform>
            <numerusform>Leser Ditios ansattregister… %n ansatte</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Tilkobling…</translation>
    </message>
    <message>
        <source>Choose the Ditio environment and the API client</source>
        <translation>Velg Ditio-miljø og API-klient</translation>
    </message>
    <message>
        <source>&amp;Refresh Employee Register</source>
        <translation>&amp;Oppdater ansattregisteret</translation>
    </message>
    <message>
        <source>Read the employee numbers from Ditio again and check every row against them</source>
        <translation>Les ansattnumrene fra Ditio på nytt og kontroller alle rader mot dem</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Last opp</translation>
    </message>
    <message>
        <source>Send every row without errors that is not uploaded yet</source>
        <translation>Send alle rader uten feil som ikke er lastet opp ennå</translation>
    </message>
    <message>
        <source>Send &amp;Selected Rows</source>
        <translation>Send &amp;merkede rader</translation>
    </message>
    <message>
        <source>Send only the selected rows (rows with errors are skipped)</source>
        <translation>Send bare de merkede radene (rader med feil hoppes over)</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Send &amp;igjen</translation>
    </message>
    <message>
        <source>Send the rows that are not uploaded: rejected, unconfirmed and not sent</source>
        <translation>Send radene som ikke er lastet opp: avviste, ubekreftede og ikke sendte</translation>
    </message>
    <message>
        <source>&amp;Cancel Upload</source>
        <translation>&amp;Avbryt opplasting</translation>
    </message>
    <message>
        <source>Stop now: rows in flight become Unconfirmed, nothing more is sent</source>
        <translation>Stopp nå: rader som er underveis, blir Ubekreftet, og ingenting mer sendes</translation>
    </message>
    <message>
        <source>Type the client secret of the API client: none is stored for it on this computer.</source>
        <translation>Skriv inn klienthemmeligheten til API-klienten: ingen er lagret for den på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Connect to Ditio first: choose the environment and type the API client&apos;s id and secret.</source>
        <translation>Koble til Ditio først: velg miljø og skriv inn API-klientens ID og hemmelighet.</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Leser klienthemmeligheten fra nøkkelringen…</translation>
    </message>
    <message>
        <source>Reading Ditio&apos;s employee register…</source>
        <translation>Leser Ditios ansattregister…</translation>
    </message>
    <message numerus="yes">
        <source>Read %n employee(s) from Ditio; every row is checked against them.</source>
        <translation>
            <numerusform>Leste %n ansatt fra Ditio; alle rader kontrolleres mot registeret.</numerusform>
            <numerusform>Leste %n ansatte fra Ditio; alle rader kontrolleres mot registeret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send: every selected row has errors.</source>
        <translation>Ingenting å sende: alle merkede rader har feil.</translation>
    </message>
    <message>
        <source>Nothing to send: every row without errors is already uploaded.</source>
        <translation>Ingenting å sende: alle rader uten feil er allerede lastet opp.</translation>
    </message>
    <message>
        <source>Ditio (%1)</source>
        <translation>Ditio (%1)</translation>
    </message>
    <message>
        <source>Type the client secret to test the connection.</source>
        <translation>Skriv inn klienthemmeligheten for å teste tilkoblingen.</translation>
    </message>
    <message>
        <source>Uploads now go to Ditio (%1).</source>
        <translation>Opplastinger går nå til Ditio (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Employee register: %n employee(s), read %1</source>
        <translation>
            <numerusform>Ansattregister: %n ansatt, lest %1</numerusform>
            <numerusform>Ansattregister: %n ansatte, lest %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::UploadJob</name>
    <message>
        <source>The upload was closed.</source>
        <translation>Opplastingen ble lukket.</translation>
    </message>
    <message>
        <source>Cancelled before Ditio answered; safe to send again.</source>
        <translation>Avbrutt før Ditio svarte; trygt å sende på nytt.</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Sender til %1…</translation>
    </message>
    <message>
        <source>Ditio</source>
        <translation>Ditio</translation>
    </message>
    <message>
        <source>The table was closed.</source>
        <translation>Tabellen ble lukket.</translation>
    </message>
    <message>
        <source>Not confirmed: the row now has errors and was not sent again.</source>
        <translation>Ikke bekreftet: raden har nå feil og ble ikke sendt på nytt.</translation>
    </message>
    <message>
        <source>The request could not be made.</source>
        <translation>Forespørselen kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>Ditio answered with HTTP status %1, which the upload cannot handle.</source>
        <translation>Ditio svarte med HTTP-status %1, som opplastingen ikke kan håndtere.</translation>
    </message>
    <message>
        <source>Not confirmed: %1; safe to send again.</source>
        <translation>Ikke bekreftet: %1; trygt å sende på nytt.</translation>
    </message>
    <message>
        <source>The connection to Ditio failed.</source>
        <translation>Tilkoblingen til Ditio mislyktes.</translation>
    </message>
    <message>
        <source>Ditio refused this row (HTTP %1) without saying why.</source>
        <translation>Ditio avviste denne raden (HTTP %1) uten å oppgi årsak.</translation>
    </message>
    <message>
        <source>Ditio refused this row as too large (HTTP 413).</source>
        <translation>Ditio avviste denne raden fordi den er for stor (HTTP 413).</translation>
    </message>
    <message>
        <source>Ditio refused the request (HTTP %1).</source>
        <translation>Ditio avviste forespørselen (HTTP %1).</translation>
    </message>
    <message>
        <source>Ditio refused the request (HTTP %1): %2</source>
        <translation>Ditio avviste forespørselen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Ditio asked to wait (429)</source>
        <translation>Ditio ba om å vente (429)</translation>
    </message>
    <message>
        <source>Ditio answered HTTP %1</source>
        <translation>Ditio svarte HTTP %1</translation>
    </message>
    <message>
        <source>No answer from Ditio</source>
        <translation>Ikke noe svar fra Ditio</translation>
    </message>
    <message>
        <source>Not confirmed after %1 attempts: %2; safe to send again.</source>
        <translation>Ikke bekreftet etter %1 forsøk: %2; trygt å sende på nytt.</translation>
    </message>
    <message>
        <source>%1 batches in a row were not confirmed after %2 attempts each. Last problem: %3.</source>
        <translation>%1 puljer etter hverandre ble ikke bekreftet etter %2 forsøk hver. Siste problem: %3.</translation>
    </message>
    <message>
        <source>Not confirmed: the upload stopped before Ditio answered; safe to send again.</source>
        <translation>Ikke bekreftet: opplastingen stoppet før Ditio svarte; trygt å sende på nytt.</translation>
    </message>
    <message>
        <source>Ditio asked to wait %1 s (%2); retrying at %3</source>
        <translation>Ditio ba om å vente %1 s (%2); prøver igjen kl. %3</translation>
    </message>
    <message>
        <source>%1; retry %2 of %3 in %4 s</source>
        <translation>%1; nytt forsøk %2 av %3 om %4 s</translation>
    </message>
    <message>
        <source>Edited while being sent; send it again.</source>
        <translation>Endret under sending; send den på nytt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
</context>
<context>
    <name>Ditio::UploadReport</name>
    <message>
        <source>The report %1 could not be written: %2</source>
        <translation>Rapporten %1 kunne ikke skrives: %2</translation>
    </message>
</context>
<context>
    <name>Ditio::UploadRunLog</name>
    <message>
        <source>Cannot write the upload log %1: %2</source>
        <translation>Kan ikke skrive opplastingsloggen %1: %2</translation>
    </message>
</context>
<context>
    <name>Ditio::UploadSession</name>
    <message>
        <source>Ditio (%1)</source>
        <extracomment>%1 is the environment: Test, Production, Custom or Sandbox</extracomment>
        <translation>Ditio (%1)</translation>
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
    <name>Ditio::UploadSummary</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 lastet opp</translation>
    </message>
    <message>
        <source>%1 rejected by Ditio</source>
        <translation>%1 avvist av Ditio</translation>
    </message>
    <message>
        <source>%1 unconfirmed (safe to send again)</source>
        <translation>%1 ubekreftet (trygt å sende på nytt)</translation>
    </message>
    <message>
        <source>%1 not sent</source>
        <translation>%1 ikke sendt</translation>
    </message>
    <message>
        <source>%1 not sent because of errors</source>
        <translation>%1 ikke sendt på grunn av feil</translation>
    </message>
    <message>
        <source>%1 deleted while sending</source>
        <translation>%1 slettet under sending</translation>
    </message>
    <message>
        <source>Ditio</source>
        <translation>Ditio</translation>
    </message>
    <message>
        <source>Upload to %1 cancelled: %2.</source>
        <translation>Opplasting til %1 avbrutt: %2.</translation>
    </message>
    <message>
        <source>Upload to %1 stopped: %2.</source>
        <translation>Opplasting til %1 stoppet: %2.</translation>
    </message>
    <message>
        <source>Upload to %1 finished: %2.</source>
        <translation>Opplasting til %1 fullført: %2.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Årsak: %1</translation>
    </message>
    <message>
        <source>Requests: %1; time: %2.</source>
        <translation>Forespørsler: %1; tid: %2.</translation>
    </message>
    <message>
        <source>Correct the rejected rows, then send again.</source>
        <translation>Rett de avviste radene, og send på nytt.</translation>
    </message>
    <message>
        <source>Send again to upload the rest.</source>
        <translation>Send på nytt for å laste opp resten.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Ditio::UploadSummaryDialog</name>
    <message>
        <source>Upload Summary</source>
        <translation>Opplastingssammendrag</translation>
    </message>
    <message>
        <source>Ditio</source>
        <translation>Ditio</translation>
    </message>
    <message>
        <source>The upload to %1 was cancelled.</source>
        <translation>Opplastingen til %1 ble avbrutt.</translation>
    </message>
    <message>
        <source>The upload to %1 stopped early.</source>
        <translation>Opplastingen til %1 stoppet før den var ferdig.</translation>
    </message>
    <message>
        <source>Every row was uploaded to %1.</source>
        <translation>Alle rader ble lastet opp til %1.</translation>
    </message>
    <message numerus="yes">
        <source>Every row without errors was uploaded to %1; %n row(s) with errors were not sent.</source>
        <translation>
            <numerusform>Alle rader uten feil ble lastet opp til %1; %n rad med feil ble ikke sendt.</numerusform>
            <numerusform>Alle rader uten feil ble lastet opp til %1; %n rader med feil ble ikke sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The upload to %1 finished; some rows were not uploaded.</source>
        <translation>Opplastingen til %1 er fullført; noen rader ble ikke lastet opp.</translation>
    </message>
    <message>
        <source>Ditio confirmed these rows.</source>
        <translation>Ditio bekreftet disse radene.</translation>
    </message>
    <message>
        <source>Ditio refused them; its reason is in each row&apos;s Status.</source>
        <translation>Ditio avviste dem; årsaken står i Status for hver rad.</translation>
    </message>
    <message>
        <source>No clear answer came; safe to send again.</source>
        <translation>Det kom ikke noe tydelig svar; trygt å sende på nytt.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
    <message>
        <source>The run stopped first, or the row was edited while being sent.</source>
        <translation>Kjøringen stoppet først, eller raden ble endret mens den ble sendt.</translation>
    </message>
    <message>
        <source>Fix the errors shown in the table first.</source>
        <translation>Rett først feilene som vises i tabellen.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Environment: %1 · requests: %2 · time: %3</source>
        <translation>Miljø: %1 · forespørsler: %2 · tid: %3</translation>
    </message>
    <message>
        <source>Why it stopped: %1</source>
        <translation>Årsak til stopp: %1</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>Send &amp;igjen</translation>
    </message>
    <message>
        <source>Not sent (errors)</source>
        <translation>Ikke sendt (feil)</translation>
    </message>
</context>
<context>
    <name>Ditio::UrlPolicy</name>
    <message>
        <source>“%1” is not a complete web address (https://…).</source>
        <translation>«%1» er ikke en fullstendig nettadresse (https://…).</translation>
    </message>
    <message>
        <source>A web address must not carry a user name or password: %1</source>
        <translation>En nettadresse kan ikke inneholde brukernavn eller passord: %1</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer; use https:// for %1</source>
        <translation>Vanlig http:// er bare tillatt til denne datamaskinen; bruk https:// for %1</translation>
    </message>
    <message>
        <source>Only https:// addresses are allowed: %1</source>
        <translation>Bare https://-adresser er tillatt: %1</translation>
    </message>
</context>
<context>
    <name>Ditio::ValidateCommand</name>
    <message>
        <source>Checks a work file or a CSV of certificates and reports every problem.</source>
        <translation>Kontrollerer en arbeidsfil eller en CSV-fil med sertifikater og rapporterer alle problemer.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Utdataformat: text (standard) eller json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Kommandoen.</translation>
    </message>
    <message>
        <source>ditio-certs-cli validate: %1
</source>
        <translation>ditio-certs-cli validate: %1
</translation>
    </message>
    <message>
        <source>ditio-certs-cli validate: unknown format &quot;%1&quot;; use text or json.
</source>
        <translation>ditio-certs-cli validate: ukjent format «%1»; bruk text eller json.
</translation>
    </message>
    <message>
        <source>Usage: ditio-certs-cli validate [--format text|json] [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--mapping FILE] FILE
</source>
        <translation>Bruk: ditio-certs-cli validate [--format text|json] [--sheet NAVN] [--encoding NAVN] [--delimiter TEGN] [--mapping FIL] FIL
</translation>
    </message>
    <message>
        <source>A .ditiocerts work file, a CSV or text file, or a workbook (.xlsx, .ods).</source>
        <translation>En .ditiocerts-arbeidsfil, en CSV- eller tekstfil, eller en arbeidsbok (.xlsx, .ods).</translation>
    </message>
    <message>
        <source>check a work file, CSV or spreadsheet and list every problem</source>
        <translation>kontroller en arbeidsfil, CSV-fil eller et regneark og list opp alle problemer</translation>
    </message>
    <message>
        <source>ditio-certs-cli validate: the report could not be written: %1
</source>
        <translation>ditio-certs-cli validate: rapporten kunne ikke skrives: %1
</translation>
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
        <translation>
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
        <translation>%1 kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>filen er tom.</translation>
    </message>
    <message>
        <source>it is not a Ditio Certificates work file.</source>
        <translation>det er ikke en arbeidsfil fra Ditio Sertifikater.</translation>
    </message>
    <message>
        <source>the file is truncated (it ends at byte %1 in the middle of the data).</source>
        <translation>filen er avkortet (den slutter ved byte %1 midt i dataene).</translation>
    </message>
    <message>
        <source>the file is damaged at byte %1 (%2).</source>
        <translation>filen er skadet ved byte %1 (%2).</translation>
    </message>
    <message>
        <source>it was written by a newer version of Ditio Certificates (%1, work file format %2); this version reads format %3 and older. Update the app to open it.</source>
        <translation>den ble skrevet av en nyere versjon av Ditio Sertifikater (%1, arbeidsfilformat %2); denne versjonen leser format %3 og eldre. Oppdater programmet for å åpne den.</translation>
    </message>
    <message>
        <source>the file has no valid format version.</source>
        <translation>filen har ingen gyldig formatversjon.</translation>
    </message>
    <message>
        <source>the file has no list of rows.</source>
        <translation>filen har ingen liste over rader.</translation>
    </message>
    <message>
        <source>row %1 of the file is not a row object.</source>
        <translation>rad %1 i filen er ikke et radobjekt.</translation>
    </message>
    <message>
        <source>row %1 has an unknown upload state &quot;%2&quot;.</source>
        <translation>rad %1 har en ukjent opplastingsstatus «%2».</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or saved here.</source>
        <translation>%1 er endret av et annet program etter at den ble åpnet eller lagret her.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kunne ikke lagres: %2</translation>
    </message>
    <message>
        <source>row %1: the value of %2 is not text.</source>
        <translation>rad %1: verdien av %2 er ikke tekst.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; is not %3; the file is damaged.</source>
        <translation>rad %1: «%2» er ikke %3; filen er skadet.</translation>
    </message>
    <message>
        <source>row %1: the file&apos;s own text of %2 is not text.</source>
        <translation>rad %1: filens egen tekst for %2 er ikke tekst.</translation>
    </message>
    <message>
        <source>Row %1, %2: the value has %3 characters, more than a spreadsheet cell can hold; only the first %4 were kept.</source>
        <translation>Rad %1, %2: verdien har %3 tegn, mer enn en regnearkcelle kan romme; bare de første %4 ble beholdt.</translation>
    </message>
    <message>
        <source>it is %1, larger than a work file may be (%2); it was refused to keep the computer&apos;s memory free.</source>
        <translation>den er %1, større enn en arbeidsfil kan være (%2); den ble avvist for å holde datamaskinens minne ledig.</translation>
    </message>
    <message>
        <source>the file&apos;s header does not list the columns of its rows; the file is damaged.</source>
        <translation>filens hode lister ikke opp kolonnene i radene; filen er skadet.</translation>
    </message>
    <message>
        <source>the file says it has %1 rows but holds %2; the file is damaged.</source>
        <translation>filen sier at den har %1 rader, men inneholder %2; filen er skadet.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>row %1: &quot;%2&quot; has a value a work file never holds there; the file is damaged.</source>
        <translation>rad %1: «%2» har en verdi en arbeidsfil aldri har der; filen er skadet.</translation>
    </message>
    <message>
        <source>row %1 has fewer values than a row holds; the file is damaged.</source>
        <translation>rad %1 har færre verdier enn en rad har; filen er skadet.</translation>
    </message>
    <message>
        <source>row %1 has more values than a row holds; the file is damaged.</source>
        <translation>rad %1 har flere verdier enn en rad har; filen er skadet.</translation>
    </message>
    <message>
        <source>not a row</source>
        <translation>ikke en rad</translation>
    </message>
</context>
<context>
    <name>Ditio::WorkbookReader</name>
    <message>
        <source>its part %1 contains a document type (DOCTYPE) or entity declaration. Spreadsheet programs never write one, and it could make a reader fetch other files or expand without end, so the workbook was refused.</source>
        <translation>delen %1 inneholder en dokumenttypedeklarasjon (DOCTYPE) eller entitetsdeklarasjon. Regnearkprogrammer skriver aldri slike, og de kan få en leser til å hente andre filer eller vokse uten ende, så arbeidsboken ble avvist.</translation>
    </message>
    <message>
        <source>the file is incomplete or damaged: the table of contents at the end of its zip archive is missing. It was probably cut off while downloading or copying; get the file again.</source>
        <translation>filen er ufullstendig eller skadet: innholdsfortegnelsen på slutten av zip-arkivet mangler. Den ble trolig avkortet under nedlasting eller kopiering; hent filen på nytt.</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>feil kontrollsum</translation>
    </message>
    <message>
        <source>bad zip data</source>
        <translation>ugyldige zip-data</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>lesefeil</translation>
    </message>
    <message>
        <source>its size does not match</source>
        <translation>størrelsen stemmer ikke</translation>
    </message>
    <message>
        <source>zip error %1</source>
        <translation>zip-feil %1</translation>
    </message>
    <message>
        <source>the file is damaged: its zip table of contents is broken (%1).</source>
        <translation>filen er skadet: innholdsfortegnelsen i zip-arkivet er ødelagt (%1).</translation>
    </message>
    <message>
        <source>the file is damaged: its part %1 does not unpack correctly (%2). Get the file again, or open it in a spreadsheet program and save it anew.</source>
        <translation>filen er skadet: delen %1 pakkes ikke ut riktig (%2). Hent filen på nytt, eller åpne den i et regnearkprogram og lagre den på nytt.</translation>
    </message>
    <message>
        <source>its parts are locked with a zip password, which a workbook cannot be read with. Save it again from the spreadsheet program without a password.</source>
        <translation>delene er låst med et zip-passord, og da kan ikke arbeidsboken leses. Lagre den på nytt fra regnearkprogrammet uten passord.</translation>
    </message>
    <message>
        <source>its zip archive holds %1 files, more than the %2 a workbook may have; it was refused as a possible zip bomb.</source>
        <translation>zip-arkivet inneholder %1 filer, mer enn de %2 en arbeidsbok kan ha; filen ble avvist som en mulig zip-bombe.</translation>
    </message>
    <message>
        <source>its part %1 unpacks to %2, more than the %3 allowed for one part; it was refused as a possible zip bomb.</source>
        <translation>delen %1 pakkes ut til %2, mer enn de %3 som er tillatt for én del; filen ble avvist som en mulig zip-bombe.</translation>
    </message>
    <message>
        <source>it unpacks to %1 or more, more than the %2 allowed; it was refused as a possible zip bomb.</source>
        <translation>den pakkes ut til %1 eller mer, mer enn de %2 som er tillatt; filen ble avvist som en mulig zip-bombe.</translation>
    </message>
    <message>
        <source>its part %1 unpacks to %2 times its packed size, more than the %3 times real workbooks reach; it was refused as a possible zip bomb.</source>
        <translation>delen %1 pakkes ut til %2 ganger den pakkede størrelsen, mer enn de %3 gangene ekte arbeidsbøker når; filen ble avvist som en mulig zip-bombe.</translation>
    </message>
    <message>
        <source>the file is damaged.</source>
        <translation>filen er skadet.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>it is a text file (probably CSV), not a spreadsheet workbook, although its name says so. Open it as a CSV file.</source>
        <translation>det er en tekstfil (trolig CSV), ikke en regnearkarbeidsbok, selv om navnet tilsier det. Åpne den som en CSV-fil.</translation>
    </message>
    <message>
        <source>the workbook has no sheet number %1.</source>
        <translation>arbeidsboken har ikke noe ark nummer %1.</translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (%2, at byte %3); the file is damaged.</source>
        <translation>delen %1 er ikke velformet XML (%2, ved byte %3); filen er skadet.</translation>
    </message>
    <message>
        <source>one tag or text section is over %1</source>
        <translation>en tagg eller et tekstavsnitt er over %1</translation>
    </message>
    <message>
        <source>it ends in the middle</source>
        <translation>den slutter midt i innholdet</translation>
    </message>
    <message>
        <source>elements nested too deep</source>
        <translation>elementer nøstet for dypt</translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxExporter</name>
    <message>
        <source>Certificates</source>
        <translation>Sertifikater</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) held more than the 32,767 characters a spreadsheet cell can hold and were cut short.</source>
        <translation>
            <numerusform>%n celle inneholdt mer enn de 32 767 tegnene en regnearkcelle kan romme, og ble kortet ned.</numerusform>
            <numerusform>%n celler inneholdt mer enn de 32 767 tegnene en regnearkcelle kan romme, og ble kortet ned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxReader</name>
    <message>
        <source>it ends in the middle</source>
        <translation>den slutter midt i innholdet</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>det er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <source>one tag, comment or text section is over %1</source>
        <translation>en tagg, kommentar eller et tekstavsnitt er over %1</translation>
    </message>
    <message>
        <source>it is an Excel binary workbook (.xlsb), which cannot be read. Open it in Excel and save it as an Excel workbook (.xlsx).</source>
        <translation>det er en binær Excel-arbeidsbok (.xlsb), som ikke kan leses. Åpne den i Excel og lagre den som en Excel-arbeidsbok (.xlsx).</translation>
    </message>
    <message>
        <source>the part that lists its sheets (%1) is missing; the file is damaged.</source>
        <translation>delen som lister opp arkene (%1), mangler; filen er skadet.</translation>
    </message>
    <message>
        <source>the workbook has no worksheets.</source>
        <translation>arbeidsboken har ingen arbeidsark.</translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation>tekst som ikke er UTF-8</translation>
    </message>
    <message>
        <source>it has more than %1 different texts, more than it may have; it was refused as a possible attack on memory.</source>
        <translation>den har mer enn %1 forskjellige tekster, mer enn den kan ha; filen ble avvist som et mulig angrep på minnet.</translation>
    </message>
    <message>
        <source>reading was cancelled.</source>
        <translation>lesingen ble avbrutt.</translation>
    </message>
    <message>
        <source>the workbook does not say where the data of sheet &quot;%1&quot; is stored; the file is damaged.</source>
        <translation>arbeidsboken oppgir ikke hvor dataene for arket «%1» er lagret; filen er skadet.</translation>
    </message>
    <message>
        <source>the data of sheet &quot;%1&quot; (%2) is missing from the file; the file is damaged.</source>
        <translation>dataene for arket «%1» (%2) mangler i filen; filen er skadet.</translation>
    </message>
    <message>
        <source>it is an OpenDocument file (such as .ods), not an Excel workbook.</source>
        <translation>det er en OpenDocument-fil (for eksempel .ods), ikke en Excel-arbeidsbok.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more file(s)</source>
        <translation>
            <numerusform>%1 og %n fil til</numerusform>
            <numerusform>%1 og %n filer til</numerusform>
        </translation>
    </message>
    <message>
        <source>it is an empty zip archive, not a spreadsheet workbook.</source>
        <translation>det er et tomt zip-arkiv, ikke en regnearkarbeidsbok.</translation>
    </message>
    <message>
        <source>it is a Word document (.docx), not a spreadsheet. Save the table in it as an Excel workbook or CSV.</source>
        <translation>det er et Word-dokument (.docx), ikke et regneark. Lagre tabellen i det som en Excel-arbeidsbok eller CSV.</translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation (.pptx), not a spreadsheet.</source>
        <translation>det er en PowerPoint-presentasjon (.pptx), ikke et regneark.</translation>
    </message>
    <message>
        <source>it is a zip archive holding %1, not a spreadsheet workbook. Unpack it and open the file inside.</source>
        <translation>det er et zip-arkiv med %1, ikke en regnearkarbeidsbok. Pakk det ut og åpne filen som ligger i det.</translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxSheetParser</name>
    <message>
        <source>Row %1, column %2</source>
        <translation>Rad %1, kolonne %2</translation>
    </message>
    <message>
        <source>Row %1: a cell lies beyond the last column a spreadsheet has (XFD) and was skipped.</source>
        <translation>Rad %1: en celle ligger utenfor den siste kolonnen et regneark har (XFD) og ble hoppet over.</translation>
    </message>
    <message>
        <source>%1: the file holds a second value for this cell, or one out of order; it was skipped.</source>
        <translation>%1: filen inneholder en ekstra verdi for denne cellen, eller en verdi i feil rekkefølge; den ble hoppet over.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a number but is not one; the text was kept.</source>
        <translation>%1: «%2» er lagret som et tall, men er ikke det; teksten ble beholdt.</translation>
    </message>
    <message>
        <source>%1: the number %2 is formatted as a date, but no date has that number; the number was kept.</source>
        <translation>%1: tallet %2 er formatert som en dato, men ingen dato har det tallet; tallet ble beholdt.</translation>
    </message>
    <message>
        <source>%1: the cell refers to shared text number %2, which the workbook does not have; the cell was left empty.</source>
        <translation>%1: cellen viser til delt tekst nummer %2, som arbeidsboken ikke har; cellen ble stående tom.</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8; the cell was left empty.</source>
        <translation>%1: teksten er ikke gyldig UTF-8; cellen ble stående tom.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a true/false value but is not one; the text was kept.</source>
        <translation>%1: «%2» er lagret som en sann/usann-verdi, men er ikke det; teksten ble beholdt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is stored as a date but is not one; the text was kept.</source>
        <translation>%1: «%2» er lagret som en dato, men er ikke det; teksten ble beholdt.</translation>
    </message>
    <message>
        <source>%1: the cell has more than %2 characters, more than a spreadsheet cell can hold; only the first %2 were kept.</source>
        <translation>%1: cellen har mer enn %2 tegn, mer enn en regnearkcelle kan romme; bare de første %2 ble beholdt.</translation>
    </message>
    <message>
        <source>%1: the formula has no saved result (the program that wrote the file did not calculate it); the cell was left empty. Open and save the file in a spreadsheet program to fill it in.</source>
        <translation>%1: formelen har ikke noe lagret resultat (programmet som skrev filen, beregnet det ikke); cellen ble stående tom. Åpne og lagre filen i et regnearkprogram for å fylle den ut.</translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxWorkbookWriter</name>
    <message>
        <source>the workbook part %1 could not be written (zip error %2)</source>
        <translation>arbeidsbokdelen %1 kunne ikke skrives (zip-feil %2)</translation>
    </message>
    <message>
        <source>the zip container could not be started (zip error %1)</source>
        <translation>zip-beholderen kunne ikke startes (zip-feil %1)</translation>
    </message>
    <message>
        <source>the worksheet could not be started (zip error %1)</source>
        <translation>arbeidsarket kunne ikke startes (zip-feil %1)</translation>
    </message>
    <message>
        <source>the worksheet could not be written (zip error %1)</source>
        <translation>arbeidsarket kunne ikke skrives (zip-feil %1)</translation>
    </message>
    <message>
        <source>the worksheet could not be finished (zip error %1)</source>
        <translation>arbeidsarket kunne ikke fullføres (zip-feil %1)</translation>
    </message>
    <message>
        <source>the zip container could not be finished (zip error %1)</source>
        <translation>zip-beholderen kunne ikke fullføres (zip-feil %1)</translation>
    </message>
</context>
<context>
    <name>Ditio::XlsxXmlScanner</name>
    <message>
        <source>a &apos;&lt;&apos; that starts no tag</source>
        <translation>en &apos;&lt;&apos; som ikke starter noen tagg</translation>
    </message>
    <message>
        <source>a &apos;/&apos; inside a tag</source>
        <translation>en &apos;/&apos; inne i en tagg</translation>
    </message>
    <message>
        <source>a broken attribute</source>
        <translation>et ødelagt attributt</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>et attributt uten verdi</translation>
    </message>
    <message>
        <source>an attribute value without quotes</source>
        <translation>en attributtverdi uten anførselstegn</translation>
    </message>
    <message>
        <source>a &apos;&lt;&apos; in an attribute value</source>
        <translation>en &apos;&lt;&apos; i en attributtverdi</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>et ekstra rotelement</translation>
    </message>
    <message>
        <source>elements nested too deep</source>
        <translation>elementer nøstet for dypt</translation>
    </message>
    <message>
        <source>a broken end tag</source>
        <translation>en ødelagt sluttagg</translation>
    </message>
    <message>
        <source>an end tag without a start tag</source>
        <translation>en sluttagg uten starttagg</translation>
    </message>
    <message>
        <source>an end tag that does not match its start tag</source>
        <translation>en sluttagg som ikke passer til starttaggen</translation>
    </message>
    <message>
        <source>an XML declaration that is not at the start</source>
        <translation>en XML-deklarasjon som ikke står i starten</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>tekst utenfor rotelementet</translation>
    </message>
    <message>
        <source>an unknown entity or a bad character reference</source>
        <translation>en ukjent entitet eller en ugyldig tegnreferanse</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rad</numerusform>
            <numerusform>%n rader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review, fix and upload certificates to Ditio.</source>
        <translation>Kontroller, rett og last opp sertifikater til Ditio.</translation>
    </message>
    <message>
        <source>A work file (.ditiocerts) or CSV file to open.</source>
        <translation>En arbeidsfil (.ditiocerts) eller CSV-fil som skal åpnes.</translation>
    </message>
    <message>
        <source>ditio-certs-cli: stopped: there was not enough memory for this file. Close other programs, or split the file.
</source>
        <translation>ditio-certs-cli: stoppet: det var ikke nok minne til denne filen. Lukk andre programmer, eller del opp filen.
</translation>
    </message>
    <message>
        <source>Usage: ditio-certs-cli COMMAND [OPTIONS] FILE

Commands:
</source>
        <translation>Bruk: ditio-certs-cli KOMMANDO [VALG] FIL

Kommandoer:
</translation>
    </message>
    <message>
        <source>
Run &apos;ditio-certs-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Kjør &apos;ditio-certs-cli KOMMANDO --help&apos; for valgene til en kommando.
</translation>
    </message>
</context>
</TS>
