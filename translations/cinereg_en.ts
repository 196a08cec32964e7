<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; restore only into a new or empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
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
        <source>Scan the QR code or type the code into cinereg to check that this certificate is genuine and still valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATE</source>
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
        <source>Certificate — print preview</source>
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
        <source>the accreditation %1 is %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company&apos;s authorization is %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company holds no authorization on %1</source>
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
        <source>The code is signed with key %1, which this register does not know.</source>
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
        <source>The acting user, recorded with every change (default: the OS login).</source>
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
        <source>Effective today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
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
        <source>%1 of %2 recorded; status today: %3.</source>
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
        <source>%1 cannot be suspended on %2: it is %3 that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reinstated on %2: it is %3 that day, not suspended.</source>
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
        <source>authorization %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accreditation %1 is %2 on %3</source>
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
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>without limit</source>
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
        <source>Without limit of duration</source>
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
        <source>Right / decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
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
        <source>%1, %2</source>
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
        <source>Decision due by</source>
        <translation type="unfinished"></translation>
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
        <source>Without limit of duration</source>
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
        <source>Name, ICE or RC of the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next REC-YEAR-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the company</source>
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
        <source>Choose the company.</source>
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
        <source>The register is empty. Register a company with Register → New company (Ctrl+N); to explore first, start cinereg --demo.</source>
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
</context>
<context>
    <name>cinereg::ui::VerifyDialog</name>
    <message>
        <source>Number: %1&lt;br/&gt;ICE: %2&lt;br/&gt;%3&lt;br/&gt;Valid from %4 until %5&lt;br/&gt;Issued on %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
