<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CertificateTableModel</name>
    <message numerus="yes">
        <source>%n row(s): %1 ready, %2 with errors, %3 warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
        <source>row %1 is not UTF-8 text (the file may be Windows-1252 from Excel); save it as &quot;CSV UTF-8&quot; and try again.</source>
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
        <source>the header (row %1) has no column for %2. The header must use Ditio&apos;s field names: employeeNumber, certificateType, certificateNumber, issuedDateTime, validUntilDateTime, notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has %2 fields but the header has %3; the extra fields were not used.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>row %1 has a %2 that is not text.</source>
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
</context>
</TS>
