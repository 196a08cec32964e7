<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountIntegrity</name>
    <message>
        <source>Account %1 was inserted outside the program: the audit trail never created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 was renamed outside the program (created as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 has the role %2 in the table but %3 in the audit trail: its role was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is active in the table but was disabled: it was enabled outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is disabled in the table but was never disabled: it was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1&apos;s password hash was replaced outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 was deleted outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal #%1 was decided by its own proposer %2: four eyes were bypassed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal #%1 was inserted outside the program: the audit trail never recorded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal #%1 names %2 as proposer, but %3 proposed it: it was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal #%1 is %2 in the table but %3 in the audit trail: its decision was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal #%1 was deleted outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision #%1 on %2, entered by %3 after accounts existed, has no approved proposal: it was inserted outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision #%1 on %2 comes from proposal #%3, which was never approved: it was inserted outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision #%1 on %2 was entered by %3, who also proposed it: four eyes were bypassed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The password is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account of a register must be an admin: it ends single-user mode and manages the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login must have 2 to 32 characters among a-z, 0-9, dot, hyphen and underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is already taken (accounts are never deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active admin: enable or appoint another admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active admin: appoint another admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown login or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server register, sign in with the account of your server login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no login %1, and yours may not create logins (CREATEROLE): ask the server&apos;s administrator to create it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationNames</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statutes (purpose including film production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof of the registered office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank certificate of fully paid capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax-regularity certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNSS-regularity certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager&apos;s CNIE or residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof of capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of the films already produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal of the authorization to carry out production activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal of the national production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal of the international production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>No company #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the dossier was received is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier cannot be received in the future (%1; today is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is already used by another dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no %2 that could be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is already closed (%2 on %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the piece bears is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piece cannot be dated in the future (%1; today is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier holds no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the %1 (with its date) before attaching its scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision reference is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal must state its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company holds no %1 that could be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit entry %1 does not follow the entry before it (an entry was removed or inserted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 as a register: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register on a server is backed up by the server&apos;s administrator with pg_dump; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>KINGDOM OF MOROCCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moroccan Cinema Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERTIFICATE OF ACCREDITATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Director of the Moroccan Cinema Centre certifies that the company named below holds the accreditation stated above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without limit of duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at %1, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Director of the Moroccan Cinema Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code or enter the code at %1 to check that this certificate is genuine and still valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code or give the code to the Moroccan Cinema Centre to check that this certificate is genuine and still valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: not issued, no number, not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateOutput</name>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificates as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate — print preview (nothing is issued until you print)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accreditation #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is issued only for an accreditation effective on the issue date: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accreditation to certify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates were not printed; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable certificate verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the printed fields: the code was altered or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is genuine but certificate %1 is not in this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 was issued with other fields than those of this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation %1 has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s authorization has been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation %1 is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s authorization is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s validity ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation %1 is no longer in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine certificate; the accreditation is in force on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1: its recorded content no longer matches its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1: its verification code does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written; the certificates are recorded but not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is signed with key %1, which is not registered in this register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The register is sound: file integrity, references, audit trail and rules checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entity must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity of the file, its references, the audit trail and the register&apos;s rules; exit 1 on any finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded change: who, when, what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consistent copy of the register, safe while others work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup into an empty or new --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: fr, ar or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cinereg-cli [--db PATH] [--json] [--lang fr|ar|en] [--user LOGIN] COMMAND ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 refused (nothing written), 2 usage error, 3 storage problem (file left untouched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cinereg-cli --help for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing option --%1 DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an id (a positive whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital (MAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name (Latin script).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name in Arabic script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form: SA, SARL, SARL AU, SAS, SNC, SCS, SCA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade register (RC) number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court of the trade register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE: 15 digits (spaces ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an ICE whose check key fails (recorded in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax identifier (IF): 7 or 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNSS affiliation: 7 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully paid capital in whole dirhams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered office address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City of the registered office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE or residence permit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body membership, BODY or BODY:SINCE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capital: &quot;%1&quot; is not a whole number of dirhams, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--member-of: &quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company #%1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company #%1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tier must be national or international.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be one of active, suspended, revoked, expired, pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Register a production company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a company&apos;s record (every change is kept in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company with its rights, their status today and productions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List companies; --tier and --status select by the status on --on (default today): of that accreditation tier, else of the authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (Latin or Arabic; case, accents and Arabic letter forms ignored), ICE or RC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body membership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national or international.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the status (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, suspended, revoked, expired or pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing option --kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be national or foreign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production #%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a production; its executing company must hold an effective accreditation of the matching tier on every shooting day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national or foreign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the executing company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First shooting day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last shooting day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign producer (foreign productions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign producer&apos;s country, ISO code (e.g. FR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the mandate naming the executing company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting permit reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List productions, most recent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies that may execute such a production over the whole period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the accredited companies that may not, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 granted (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accreditation #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authorization #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it takes effect (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of validity (default: the settings&apos; term, else none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the decision was signed (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official number (default: next in the settings&apos; format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant an accreditation (requires an active authorization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the authorization to carry out production activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the end of validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end of validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the right (a reason is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the right for good (a reason is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right with its status today and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for must be authorization, national or international.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier #%1 filed, receipt %2; decision due by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dated %2 recorded in dossier %3. Still missing: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier #%1, receipt %2: %3 for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1, decision due by %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --grant or --refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier #%1 granted: %2 (right id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier #%1 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier #%1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier #%1 has no scan of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes) written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of piece: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dossier received; prints its id and decision deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it asks for: authorization, national or international.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal of the company&apos;s right of that kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the dossier was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt reference (default: the next REC-YEAR-NNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a piece of the dossier with its date, and its scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the piece bears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan of the piece, kept in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers, open ones first (soonest deadline first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open dossiers past their deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this company&apos;s dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier with its checklist of pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the right asked for (same rules as a direct grant; the dossier must be complete and its certificates less than one year old), or refuse it with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of validity (renewal: the day it takes effect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of validity (a renewal requires it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is refused (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the decision was signed (default today); the pieces are judged on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dossier its company withdrew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the dossier&apos;s receipt (French and Arabic, one A4 page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scan of a piece to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing option --tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 reprinted as DUPLICATA into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 issued into %2.
Verification code: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificate(s) written into %2 (%3 reprinted as DUPLICATA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1, ICE %2, %3, valid from %4 until %5, issued on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verification code was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 companies listed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the certificate of an accreditation effective today (a reprint is marked DUPLICATA and keeps its number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue into one PDF the certificates of every accreditation effective on a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national or international (default: both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the accreditations must be effective (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of a certificate from its verification code or its PDF: valid, suspended, revoked, expired, unknown or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published list of accredited companies (French and Arabic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid without limit of duration, whatever the default term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verification page written into %1: %n certificate(s) in the signed status list, not to be trusted after %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the public verification page into a folder to copy to the web site: the page, the public keys and the signed status list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 is not valid UTF-8 text; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: the value is not valid UTF-8 text; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until and --no-end exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n row(s) would be imported; nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was imported (fix them, or use --skip-invalid to import the others).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of the professional bodies in the settings (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check every row and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows even when others are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the companies of a sheet, each row checked like a clerk&apos;s entry; one rejected row means nothing is imported unless --skip-invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the authorizations and accreditations of a sheet with their numbers, decisions, dates and any suspension or revocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the companies with their standing on --on (default today); --body gives the list of a professional body&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the companies whose accreditation of this tier (national, international) or authorization is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the standing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the members of this professional body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every authorization and accreditation with its status on --on, in the columns import rights reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key %1 created in %2 (readable by its owner only) and registered in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key %1 imported into %2 (readable by its owner only) and registered in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation signs with key %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the CCM&apos;s signing key (administrator; once) in the file the settings name, and register its public half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the CCM&apos;s signing key from FILE on this workstation (administrator) and register its public half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key this workstation signs with, and the public keys the register trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recorded; standing today: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in force from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a year (YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National accreditations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International accreditations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No right in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per year, up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the register: rights in force by tier and city, decisions, new entrants and productions per year, members per professional body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day the rights in force are counted (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year of the yearly figures (default: the first year with a decision or a shooting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year of the yearly figures (default: the year of --on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figures as a report with charts (PDF, French or Arabic by --lang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing command after &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acting user, recorded with every change (default: the OS login). Once the register has accounts: your account, its password from CINEREG_PASSWORD or asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has accounts: name yours with --user LOGIN (the password from CINEREG_PASSWORD or asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: set CINEREG_PASSWORD or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set %1 or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed by %1, approved by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 approved: %2 granted (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 approved: %2 of %3 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 approved: dossier #%2 decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed decisions (four eyes), newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those awaiting approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this company&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve another account&apos;s proposal: it takes effect now, the rules checked again today (approver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject another account&apos;s proposal, with the reason (approver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be clerk, approver, auditor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created with the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 now has the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has no account yet (single-user mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk, approver, auditor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account (admin; the first account, an admin, by anyone: it ends single-user mode). Password from CINEREG_NEW_PASSWORD or asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an account (never deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a disabled account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an account&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a password (your own, or any as admin); the new one from CINEREG_NEW_PASSWORD or asked twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>ICE %1 is already registered (company #%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RC %1 at the court of %2 is already registered (company #%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyValidator</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RC number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RC number &quot;%1&quot; must be digits (e.g. 252633).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RC court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE &quot;%1&quot; must have exactly 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE %1 fails its check key (the number is not a multiple of 97); verify it, or confirm it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IF &quot;%1&quot; must have 7 or 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNSS affiliation &quot;%1&quot; must have 7 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capital must be a whole number of dirhams, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered office address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE &quot;%1&quot; must be 1 or 2 letters followed by digits (e.g. BE123456).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Arabic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNSS affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s CNIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professional body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: a header line naming the columns is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a cinereg register (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a cinereg register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of cinereg (format %2; this program reads up to %3). Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is locked by another user; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and is left untouched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was changed by another workstation at the same moment; nothing was written. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a register address: write postgresql://[LOGIN@]HOST[:PORT]/DATABASE (the password comes from PGPASSWORD or ~/.pgpass, never from the address). Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is missing (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the register %1: %2 Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables but not a cinereg register; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen to the changes of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>Recorded as proposal %1, awaiting approval by another approver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has accounts: a decision is recorded as a proposal and takes effect when another account approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal #%1 was already %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal #%1 is your own: another approver must decide it (four eyes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection must state its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierRules</name>
    <message numerus="yes">
        <source>The dossier is incomplete: %n piece(s) missing: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is dated %2, after the decision date %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is dated %2: more than one year before the decision date %3 (it must be dated %4 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received, less than one year old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one year old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated after the day considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (beyond the checklist)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The file name must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormConventions</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantRules</name>
    <message>
        <source>The decision reference is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of validity (from) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of validity (%1) is before its start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 1: the legal form %1 may not hold an authorization (allowed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 1: the company already holds authorization %1 over the same period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 2: no active authorization on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 3: accreditation %1 of the same tier already covers part of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 4: a %1 needs a fully paid capital of at least %2 MAD for an accreditation; the register shows %3 MAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the decision takes effect is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule 5: %1 was revoked on %2; revocation is final and a new grant is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot take effect on %1, before the last decision on %2 or the start of validity; record it from %2 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A right is granted only once; record a renewal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspension must state its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revocation must state its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal needs the new end of validity (until).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid without limit of duration; there is nothing to renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new end of validity (%1) must be after the current one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing until %1 would overlap %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of validity (until) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation %1 cannot be suspended on %2: it is %3 that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization %1 cannot be suspended on %2: it is %3 that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accreditation %1 cannot be reinstated on %2: it is %3 that day, not suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization %1 cannot be reinstated on %2: it is %3 that day, not suspended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadSigning</name>
    <message>
        <source>The register&apos;s seal is not signed, although this account holds the register&apos;s signing key (%1): the register was rewritten outside the program, or written by a program without the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s seal is signed by key %1, not by the register&apos;s signing key %2 held by this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the register&apos;s seal does not match its content: the register was changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadWitness</name>
    <message>
        <source>The audit trail no longer holds entry %1, which this account wrote last: the register was truncated or replaced by an older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 differs from the one this account wrote: the audit trail was rewritten outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capital &quot;%1&quot; is not a whole number of dirhams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or DD/MM/YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a right: write authorization, national or international.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status: write active, suspended or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company with ICE %1 in the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityService</name>
    <message>
        <source>%1 and %2 overlap in time (rules 1 and 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing %3 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no grant decision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a decision after its revocation (rule 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts on %2 without an active authorization (rule 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached file %1 no longer matches its recorded size and SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company #%1: the stored standing periods differ from its history (the eligibility index is stale or was edited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics&apos; count of %1 for %2 is %3 but the register holds %4 (the yearly counts are stale or were edited).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>%1 is not an image that can be printed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>cinereg cannot open the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>authorization to carry out production activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reinstatement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionService</name>
    <message>
        <source>The title is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first shooting day (from) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last shooting day (to) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last shooting day (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign production needs its foreign producer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign production needs the producer&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national production has no foreign producer or country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country &quot;%1&quot; is not an ISO 3166 two-letter code (e.g. FR, US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The executing company holds no effective %1 on %2; a %3 may be executed only by a company holding one on every shooting day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effective %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The foreign producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shooting permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Proposal</name>
    <message>
        <source>Grant of %1 to company #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of right #%2 (company #%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant of dossier #%1 (company #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal of dossier #%1 (company #%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message numerus="yes">
        <source>The verification page was written into %1 with the status of %n certificate(s). Copy this folder to the web site; the page will say that its list is stale after %2, so publish it again after each day&apos;s decisions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Folder of the verification page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification page published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification page not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishedList</name>
    <message>
        <source>Companies holding the %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Kingdom of Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moroccan Cinema Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of an application dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form, trade register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 days from receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt attests that the dossier was filed; it is neither an authorization nor an accreditation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamp and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of the authorization to carry out production activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization to carry out production activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of the national production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of the international production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International production execution accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutes (purpose including film production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of the registered office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank certificate of paid-up capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax-regularity certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNSS-regularity certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE or residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of films already produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces dated after this receipt (not yet issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one year old</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>No dossier #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCopy</name>
    <message>
        <source>The table %1 does not have the same columns in both registers; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterSeal</name>
    <message>
        <source>The register&apos;s seal is missing: it was removed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 was changed outside the program: its rows no longer match the seal of the last write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but the last write sealed it at entry %2: entries were added, removed or rewritten outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; restore only into a new or empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails the register&apos;s check and is not restored:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a backup never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register %1 is not empty; restore only into an empty register. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 does not own the tables of %2 (%3): a restore is run by the database&apos;s owner. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightService</name>
    <message>
        <source>No company #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is already used by another right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No right #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>signed in: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register or edit a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file or change a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve or reject a proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import into the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has accounts: sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 you need the %2 role; the account %3 has the %4 role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaConformity</name>
    <message>
        <source>Schema object %2 (%1) is missing from the file: it was dropped outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema object %2 (%1) differs from the one this program creates: it was altered outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema object %2 (%1) was added to the file outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptographic library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key file %1 could not be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a cinereg signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key file %1 already exists; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signing key is configured (no file %1): an administrator creates or imports the CCM&apos;s key first (cinereg-cli key create, key import FILE, or Settings → Signing key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key file %1 can be read by other accounts (mode %2): any of them could sign certificates. Make it readable by its owner only (chmod 600) before issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key file %1 already holds another key; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyRegistry</name>
    <message>
        <source>Another public key with the id %1 is already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 (file %2) is not registered in this register: an administrator imports it first (cinereg-cli key import FILE, or Settings → Signing key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key %1 entered the register without an administrator&apos;s registration (no audited key creation or import): certificates it signs are not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardButtonTexts</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Standing</name>
    <message>
        <source>active — not in force: authorization suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active — not in force: authorization revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active — not in force: authorization expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active — not in force: authorization not yet started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active — not in force: no authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active — not in force: authorization suspended since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active — not in force: authorization revoked since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active — not in force: authorization expired since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active — not in force: authorization starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Standing/accreditation</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Standing/authorization</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Rights in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights in force by city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants, suspensions, revocations and new entrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productions per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members per professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International accreditations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National accreditations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kingdom of Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moroccan Cinema Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights in force on %1; years %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>The year (--%1) must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first year (--from %1) comes after the last year (--to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A period of at most %n years can be shown (--from, --to).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusList</name>
    <message>
        <source>The status list is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list is signed with key %1, which is not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list&apos;s signature does not match its content: it was altered and is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>without limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international accreditation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains U+FFFD, the mark of text that was not valid UTF-8; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a bidirectional control character (%2), which would make it read differently from what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (%2, e.g. a line break, a tab or an escape); only printable text is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no visible letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPagePublisher</name>
    <message>
        <source>The verification page could not be written into %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s copy of %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The file is not a readable XLSX workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is empty: a header row naming the columns is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::AccountsDialog</name>
    <message>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApplicationDecisionDialog</name>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal takes effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApplicationPage</name>
    <message>
        <source>Attach a scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scan as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piece (tick when received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>open, overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Received on %2 · decision due by &lt;b&gt;%3&lt;/b&gt; · status: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 and its scan %2 from the dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a scan of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company withdrew dossier %1. Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApplicationsView</name>
    <message>
        <source>Open dossiers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>open, overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ApprovalView</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule check as of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) awaiting approval</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a proposal in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules hold today: approving it puts it into effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 approved: the decision is in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 approved: the decision is in effect (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::BatchPrintDialog</name>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch printing of certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditations effective &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) to print.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Published &amp;list (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the published list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the %n company(ies) selected in the register</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CertificatesPanel</name>
    <message>
        <source>Print certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation to certify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accreditation effective today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CompanyForm</name>
    <message>
        <source>The ICE is right although its check key fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Latin script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Arabic script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RC number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RC court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax identifier (IF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNSS affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully paid capital (MAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s CNIE or residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional bodies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CompanyPage</name>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant authorization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant accreditation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a right to renew, suspend, reinstate or revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no field has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval, not in force: proposal %1 — %2 (proposed by %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::CompanyPicker</name>
    <message>
        <source>Type a name, an ICE or an RC number; Down lists the companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. registre.ccm.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cinereg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of the office is kept on a PostgreSQL server. cinereg never stores a password: it is read from ~/.pgpass, or asked for when the server needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::DashboardView</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Authorized companies without a production for %n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dossiers due within %n day(s) or overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National accreditations in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International accreditations in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (renewal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::DecisionDialog</name>
    <message>
        <source>Grant the authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant an accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These accreditations will no longer be in force from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::EligibilityView</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shot from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May execute?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last shooting day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) may execute it on every shooting day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a production of this kind and these dates executed by the company selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies with their standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of a professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizations and accreditations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right in force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ImportDialog</name>
    <message>
        <source>Import companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rejected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every row is valid: %n row(s) ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected (see why above); fix them in the sheet and choose it again, or import only the valid rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file: its rows are checked before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cinereg — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has accounts: sign in to work on it.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::MainWindow</name>
    <message>
        <source>cinereg — register of film production rights — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may execute?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 — user: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who may execute?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Productions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the company tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About cinereg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About cinereg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;cinereg %1&lt;/b&gt;&lt;br&gt;Register of film production rights of the Centre cinématographique marocain.&lt;br&gt;Register file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify a certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demonstration register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;rights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a &amp;body&apos;s members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ri&amp;ghts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish the verification page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demonstration register could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent ser&amp;vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a register file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the first account ends single-user mode for good: from then on everyone signs in, and every decision takes effect only once a second person has approved it. The first account is an admin. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cinereg registers (*.cinereg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of the register cannot be reached; cinereg keeps trying to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::NewAccountDialog</name>
    <message>
        <source>The first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is in single-user mode. Its first account is an admin, and creating it ends single-user mode for good: from then on everyone signs in, and every decision takes effect only once a second person has approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account of a register must be an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::NewApplicationDialog</name>
    <message>
        <source>Renewal of the company&apos;s right of that kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next REC-YEAR-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: choose it in the list (type its name, ICE or RC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::NewCompanyDialog</name>
    <message>
        <source>New production company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <comment>button: record the new company in the register</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ProductionDialog</name>
    <message>
        <source>Record a production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code, e.g. FR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First shooting day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last shooting day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company may execute a production of this kind on every one of these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the companies that may execute it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing company: choose it in the list (type its name, ICE or RC).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ProductionsView</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executing company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: title, company, ICE, producer, mandate or permit reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the productions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RegisterModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International accreditation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RegisterSession</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks for the password of %1 (it is used for this session only and never stored):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login or its password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached or refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register that was open stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RegisterView</name>
    <message>
        <source>Search a name (Latin or Arabic), an ICE or an RC number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The register is empty. Register a company with Register → New company (Ctrl+N); to explore first, open Register → Open the demonstration register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::RightCard</name>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1, without limit of duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History (%n decision(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::SettingsDialog</name>
    <message>
        <source>Settings of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum paid capital (MAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal forms that may hold an authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital thresholds for an accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default term of a right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional bodies (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review companies without a production for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision deadline for a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} and {seq} are replaced by the year and the sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of issue of certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key file (kept outside the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of national certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of international certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers of dossier receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new signing key for the CCM? Every certificate will be signed with it. Do this once; other workstations import that key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead of the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of issue in Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification address printed on certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are signed with key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: certificates print no emblem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::StatisticsView</name>
    <message>
        <source>Rights in force on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report in French (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report in Arabic (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::StorageFailureBar</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::ValidityEndEdit</name>
    <message>
        <source>Without limit of duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the day chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default term (until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default term (none: without limit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cinereg::ui::VerifyDialog</name>
    <message>
        <source>&lt;br/&gt;Holder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the verification code printed on the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verification code was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1, without limit of duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number: %1&lt;br/&gt;ICE: %2&lt;br/&gt;%3&lt;br/&gt;%4&lt;br/&gt;Issued on %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RegisterSession</name>
    <message>
        <source>The register could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
